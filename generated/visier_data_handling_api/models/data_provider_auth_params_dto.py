from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_provider_auth_params_dto_auth_context import DataProviderAuthParamsDTOAuthContext
from ..models.data_provider_auth_params_dto_provider import DataProviderAuthParamsDTOProvider
from ..models.data_provider_auth_params_dto_source_type import DataProviderAuthParamsDTOSourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adp_auth_params_dto import AdpAuthParamsDTO
    from ..models.bamboo_auth_params_dto import BambooAuthParamsDTO
    from ..models.basic_s3_auth_params_dto import BasicS3AuthParamsDTO
    from ..models.big_query_auth_params_dto import BigQueryAuthParamsDTO
    from ..models.cdk_auth_params_dto import CdkAuthParamsDTO
    from ..models.copy_s3_auth_params_dto import CopyS3AuthParamsDTO
    from ..models.databricks_auth_params_dto import DatabricksAuthParamsDTO
    from ..models.databricks_oidc_auth_params_dto import DatabricksOIDCAuthParamsDTO
    from ..models.dayforce_v2_auth_params_dto import DayforceV2AuthParamsDTO
    from ..models.dimensions_auth_params_dto import DimensionsAuthParamsDTO
    from ..models.echo_auth_params_dto import EchoAuthParamsDTO
    from ..models.empty_auth_params_dto import EmptyAuthParamsDTO
    from ..models.fusion_auth_params_dto import FusionAuthParamsDTO
    from ..models.gong_auth_params_dto import GongAuthParamsDTO
    from ..models.google_sheets_auth_params_dto import GoogleSheetsAuthParamsDTO
    from ..models.google_workspace_auth_params_dto import GoogleWorkspaceAuthParamsDTO
    from ..models.greenhouse_auth_params_dto import GreenhouseAuthParamsDTO
    from ..models.icims_auth_params_dto import IcimsAuthParamsDTO
    from ..models.internal_s3_auth_params_dto import InternalS3AuthParamsDTO
    from ..models.jdbc_auth_params_dto import JdbcAuthParamsDTO
    from ..models.jira_auth_params_dto import JiraAuthParamsDTO
    from ..models.lever_auth_params_dto import LeverAuthParamsDTO
    from ..models.medallia_auth_params_dto import MedalliaAuthParamsDTO
    from ..models.microsoft_365_auth_params_dto import Microsoft365AuthParamsDTO
    from ..models.my_sql_auth_params_dto import MySqlAuthParamsDTO
    from ..models.namely_auth_params_dto import NamelyAuthParamsDTO
    from ..models.oracle_db_auth_params_dto import OracleDbAuthParamsDTO
    from ..models.qualtrics_auth_params_dto import QualtricsAuthParamsDTO
    from ..models.redshift_auth_params_dto import RedshiftAuthParamsDTO
    from ..models.salesforce_auth_params_dto import SalesforceAuthParamsDTO
    from ..models.salesforce_v2_auth_params_dto import SalesforceV2AuthParamsDTO
    from ..models.service_now_auth_params_dto import ServiceNowAuthParamsDTO
    from ..models.service_now_v2_auth_params_dto import ServiceNowV2AuthParamsDTO
    from ..models.slack_auth_params_dto import SlackAuthParamsDTO
    from ..models.snowflake_auth_params_dto import SnowflakeAuthParamsDTO
    from ..models.snowflake_v2_auth_params_dto import SnowflakeV2AuthParamsDTO
    from ..models.sql_server_auth_params_dto import SqlServerAuthParamsDTO
    from ..models.sse_auth_params_dto import SSEAuthParamsDTO
    from ..models.success_factors_auth_params_dto import SuccessFactorsAuthParamsDTO
    from ..models.ultimate_auth_params_dto import UltimateAuthParamsDTO
    from ..models.viva_glint_auth_params_dto import VivaGlintAuthParamsDTO
    from ..models.willow_auth_params_dto import WillowAuthParamsDTO
    from ..models.workday_auth_params_dto import WorkdayAuthParamsDTO
    from ..models.workday_raas_auth_params_dto import WorkdayRaasAuthParamsDTO
    from ..models.zoom_auth_params_dto import ZoomAuthParamsDTO


T = TypeVar("T", bound="DataProviderAuthParamsDTO")


@_attrs_define
class DataProviderAuthParamsDTO:
    """The provider and its sign-in details. Fill in only the auth-params object that belongs to `provider`.

    Attributes:
        provider (DataProviderAuthParamsDTOProvider): The data provider the credential is for.
        tenant_domain_name (str | Unset):
        bamboo_auth_params (BambooAuthParamsDTO | Unset): Sign-in details for the Bamboo data provider.
        greenhouse_auth_params (GreenhouseAuthParamsDTO | Unset): Sign-in details for the Greenhouse data provider.
        google_sheets_auth_params (GoogleSheetsAuthParamsDTO | Unset): Sign-in details for the GoogleSheets data
            provider.
        jira_auth_params (JiraAuthParamsDTO | Unset): Sign-in details for the Jira data provider.
        lever_auth_params (LeverAuthParamsDTO | Unset): Sign-in details for the Lever data provider.
        namely_auth_params (NamelyAuthParamsDTO | Unset): Sign-in details for the Namely data provider.
        qualtrics_auth_params (QualtricsAuthParamsDTO | Unset): Sign-in details for the Qualtrics data provider.
        salesforce_auth_params (SalesforceAuthParamsDTO | Unset): Sign-in details for the Salesforce data provider.
        ultimate_auth_params (UltimateAuthParamsDTO | Unset): Sign-in details for the Ultimate data provider.
        workday_auth_params (WorkdayAuthParamsDTO | Unset): Sign-in details for the Workday data provider.
        icims_auth_params (IcimsAuthParamsDTO | Unset): Sign-in details for the Icims data provider.
        service_now_auth_params (ServiceNowAuthParamsDTO | Unset): Sign-in details for the ServiceNow data provider.
        jdbc_auth_params (JdbcAuthParamsDTO | Unset): Sign-in details for the Jdbc data provider.
        s_3_auth_params (BasicS3AuthParamsDTO | Unset): Sign-in details for the BasicS3 data provider.
        internal_s3_auth_params (InternalS3AuthParamsDTO | Unset): Sign-in details for the InternalS3 data provider.
        copy_s3_auth_params (CopyS3AuthParamsDTO | Unset): Sign-in details for the CopyS3 data provider.
        redshift_auth_params (RedshiftAuthParamsDTO | Unset): Sign-in details for the Redshift data provider.
        snowflake_auth_params (SnowflakeAuthParamsDTO | Unset): Sign-in details for the Snowflake data provider.
        big_query_auth_params (BigQueryAuthParamsDTO | Unset): Sign-in details for the BigQuery data provider.
        sql_server_auth_params (SqlServerAuthParamsDTO | Unset): Sign-in details for the SqlServer data provider.
        dimensions_auth_params (DimensionsAuthParamsDTO | Unset): Sign-in details for the Dimensions data provider.
        willow_auth_params (WillowAuthParamsDTO | Unset): Sign-in details for the Willow data provider.
        empty_auth_params (EmptyAuthParamsDTO | Unset): For providers that need no sign-in details.
        success_factors_auth_params (SuccessFactorsAuthParamsDTO | Unset): Sign-in details for the SuccessFactors data
            provider.
        fusion_auth_params (FusionAuthParamsDTO | Unset): Sign-in details for the Fusion data provider.
        adp_auth_params (AdpAuthParamsDTO | Unset): Sign-in details for the Adp data provider.
        medallia_auth_params (MedalliaAuthParamsDTO | Unset): Sign-in details for the Medallia data provider.
        salesforce_v2_auth_params (SalesforceV2AuthParamsDTO | Unset): Sign-in details for the SalesforceV2 data
            provider.
        gong_auth_params (GongAuthParamsDTO | Unset): Sign-in details for the Gong data provider.
        zoom_auth_params (ZoomAuthParamsDTO | Unset): Sign-in details for the Zoom data provider.
        dayforce_v2_auth_params (DayforceV2AuthParamsDTO | Unset): Sign-in details for the DayforceV2 data provider.
        slack_auth_params (SlackAuthParamsDTO | Unset): Sign-in details for the Slack data provider.
        my_sql_auth_params (MySqlAuthParamsDTO | Unset): Sign-in details for the MySql data provider.
        workday_raas_auth_params (WorkdayRaasAuthParamsDTO | Unset): Sign-in details for the WorkdayRaas data provider.
        ms_365_auth_params (Microsoft365AuthParamsDTO | Unset): Sign-in details for the Microsoft365 data provider.
        google_workspace_auth_params (GoogleWorkspaceAuthParamsDTO | Unset): Sign-in details for the GoogleWorkspace
            data provider.
        oracle_db_auth_params (OracleDbAuthParamsDTO | Unset): Sign-in details for the OracleDb data provider.
        service_now_v2_auth_params (ServiceNowV2AuthParamsDTO | Unset): Sign-in details for the ServiceNowV2 data
            provider.
        databricks_auth_params (DatabricksAuthParamsDTO | Unset): Sign-in details for the Databricks data provider.
        echo_auth_params (EchoAuthParamsDTO | Unset): Sign-in details for the Echo data provider.
        snowflake_v2_auth_params (SnowflakeV2AuthParamsDTO | Unset): Sign-in details for the SnowflakeV2 data provider.
        sse_auth_params (SSEAuthParamsDTO | Unset): Sign-in details for the SSE data provider.
        cdk_auth_params (CdkAuthParamsDTO | Unset): Sign-in details for the Cdk data provider.
        viva_glint_auth_params (VivaGlintAuthParamsDTO | Unset): Sign-in details for the VivaGlint data provider.
        databricks_oidc_auth_params (DatabricksOIDCAuthParamsDTO | Unset): Sign-in details for the DatabricksOIDC data
            provider.
        has_updates (bool | Unset):
        auth_context (DataProviderAuthParamsDTOAuthContext | Unset): What the credential is used for.
        source_type (DataProviderAuthParamsDTOSourceType | Unset): The kind of source.
    """

    provider: DataProviderAuthParamsDTOProvider
    tenant_domain_name: str | Unset = UNSET
    bamboo_auth_params: BambooAuthParamsDTO | Unset = UNSET
    greenhouse_auth_params: GreenhouseAuthParamsDTO | Unset = UNSET
    google_sheets_auth_params: GoogleSheetsAuthParamsDTO | Unset = UNSET
    jira_auth_params: JiraAuthParamsDTO | Unset = UNSET
    lever_auth_params: LeverAuthParamsDTO | Unset = UNSET
    namely_auth_params: NamelyAuthParamsDTO | Unset = UNSET
    qualtrics_auth_params: QualtricsAuthParamsDTO | Unset = UNSET
    salesforce_auth_params: SalesforceAuthParamsDTO | Unset = UNSET
    ultimate_auth_params: UltimateAuthParamsDTO | Unset = UNSET
    workday_auth_params: WorkdayAuthParamsDTO | Unset = UNSET
    icims_auth_params: IcimsAuthParamsDTO | Unset = UNSET
    service_now_auth_params: ServiceNowAuthParamsDTO | Unset = UNSET
    jdbc_auth_params: JdbcAuthParamsDTO | Unset = UNSET
    s_3_auth_params: BasicS3AuthParamsDTO | Unset = UNSET
    internal_s3_auth_params: InternalS3AuthParamsDTO | Unset = UNSET
    copy_s3_auth_params: CopyS3AuthParamsDTO | Unset = UNSET
    redshift_auth_params: RedshiftAuthParamsDTO | Unset = UNSET
    snowflake_auth_params: SnowflakeAuthParamsDTO | Unset = UNSET
    big_query_auth_params: BigQueryAuthParamsDTO | Unset = UNSET
    sql_server_auth_params: SqlServerAuthParamsDTO | Unset = UNSET
    dimensions_auth_params: DimensionsAuthParamsDTO | Unset = UNSET
    willow_auth_params: WillowAuthParamsDTO | Unset = UNSET
    empty_auth_params: EmptyAuthParamsDTO | Unset = UNSET
    success_factors_auth_params: SuccessFactorsAuthParamsDTO | Unset = UNSET
    fusion_auth_params: FusionAuthParamsDTO | Unset = UNSET
    adp_auth_params: AdpAuthParamsDTO | Unset = UNSET
    medallia_auth_params: MedalliaAuthParamsDTO | Unset = UNSET
    salesforce_v2_auth_params: SalesforceV2AuthParamsDTO | Unset = UNSET
    gong_auth_params: GongAuthParamsDTO | Unset = UNSET
    zoom_auth_params: ZoomAuthParamsDTO | Unset = UNSET
    dayforce_v2_auth_params: DayforceV2AuthParamsDTO | Unset = UNSET
    slack_auth_params: SlackAuthParamsDTO | Unset = UNSET
    my_sql_auth_params: MySqlAuthParamsDTO | Unset = UNSET
    workday_raas_auth_params: WorkdayRaasAuthParamsDTO | Unset = UNSET
    ms_365_auth_params: Microsoft365AuthParamsDTO | Unset = UNSET
    google_workspace_auth_params: GoogleWorkspaceAuthParamsDTO | Unset = UNSET
    oracle_db_auth_params: OracleDbAuthParamsDTO | Unset = UNSET
    service_now_v2_auth_params: ServiceNowV2AuthParamsDTO | Unset = UNSET
    databricks_auth_params: DatabricksAuthParamsDTO | Unset = UNSET
    echo_auth_params: EchoAuthParamsDTO | Unset = UNSET
    snowflake_v2_auth_params: SnowflakeV2AuthParamsDTO | Unset = UNSET
    sse_auth_params: SSEAuthParamsDTO | Unset = UNSET
    cdk_auth_params: CdkAuthParamsDTO | Unset = UNSET
    viva_glint_auth_params: VivaGlintAuthParamsDTO | Unset = UNSET
    databricks_oidc_auth_params: DatabricksOIDCAuthParamsDTO | Unset = UNSET
    has_updates: bool | Unset = UNSET
    auth_context: DataProviderAuthParamsDTOAuthContext | Unset = UNSET
    source_type: DataProviderAuthParamsDTOSourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        tenant_domain_name = self.tenant_domain_name

        bamboo_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bamboo_auth_params, Unset):
            bamboo_auth_params = self.bamboo_auth_params.to_dict()

        greenhouse_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.greenhouse_auth_params, Unset):
            greenhouse_auth_params = self.greenhouse_auth_params.to_dict()

        google_sheets_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_sheets_auth_params, Unset):
            google_sheets_auth_params = self.google_sheets_auth_params.to_dict()

        jira_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jira_auth_params, Unset):
            jira_auth_params = self.jira_auth_params.to_dict()

        lever_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lever_auth_params, Unset):
            lever_auth_params = self.lever_auth_params.to_dict()

        namely_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namely_auth_params, Unset):
            namely_auth_params = self.namely_auth_params.to_dict()

        qualtrics_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qualtrics_auth_params, Unset):
            qualtrics_auth_params = self.qualtrics_auth_params.to_dict()

        salesforce_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salesforce_auth_params, Unset):
            salesforce_auth_params = self.salesforce_auth_params.to_dict()

        ultimate_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ultimate_auth_params, Unset):
            ultimate_auth_params = self.ultimate_auth_params.to_dict()

        workday_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workday_auth_params, Unset):
            workday_auth_params = self.workday_auth_params.to_dict()

        icims_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.icims_auth_params, Unset):
            icims_auth_params = self.icims_auth_params.to_dict()

        service_now_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_now_auth_params, Unset):
            service_now_auth_params = self.service_now_auth_params.to_dict()

        jdbc_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jdbc_auth_params, Unset):
            jdbc_auth_params = self.jdbc_auth_params.to_dict()

        s_3_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s_3_auth_params, Unset):
            s_3_auth_params = self.s_3_auth_params.to_dict()

        internal_s3_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.internal_s3_auth_params, Unset):
            internal_s3_auth_params = self.internal_s3_auth_params.to_dict()

        copy_s3_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.copy_s3_auth_params, Unset):
            copy_s3_auth_params = self.copy_s3_auth_params.to_dict()

        redshift_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redshift_auth_params, Unset):
            redshift_auth_params = self.redshift_auth_params.to_dict()

        snowflake_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snowflake_auth_params, Unset):
            snowflake_auth_params = self.snowflake_auth_params.to_dict()

        big_query_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.big_query_auth_params, Unset):
            big_query_auth_params = self.big_query_auth_params.to_dict()

        sql_server_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_server_auth_params, Unset):
            sql_server_auth_params = self.sql_server_auth_params.to_dict()

        dimensions_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions_auth_params, Unset):
            dimensions_auth_params = self.dimensions_auth_params.to_dict()

        willow_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.willow_auth_params, Unset):
            willow_auth_params = self.willow_auth_params.to_dict()

        empty_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.empty_auth_params, Unset):
            empty_auth_params = self.empty_auth_params.to_dict()

        success_factors_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.success_factors_auth_params, Unset):
            success_factors_auth_params = self.success_factors_auth_params.to_dict()

        fusion_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fusion_auth_params, Unset):
            fusion_auth_params = self.fusion_auth_params.to_dict()

        adp_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adp_auth_params, Unset):
            adp_auth_params = self.adp_auth_params.to_dict()

        medallia_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.medallia_auth_params, Unset):
            medallia_auth_params = self.medallia_auth_params.to_dict()

        salesforce_v2_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salesforce_v2_auth_params, Unset):
            salesforce_v2_auth_params = self.salesforce_v2_auth_params.to_dict()

        gong_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gong_auth_params, Unset):
            gong_auth_params = self.gong_auth_params.to_dict()

        zoom_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zoom_auth_params, Unset):
            zoom_auth_params = self.zoom_auth_params.to_dict()

        dayforce_v2_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dayforce_v2_auth_params, Unset):
            dayforce_v2_auth_params = self.dayforce_v2_auth_params.to_dict()

        slack_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slack_auth_params, Unset):
            slack_auth_params = self.slack_auth_params.to_dict()

        my_sql_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.my_sql_auth_params, Unset):
            my_sql_auth_params = self.my_sql_auth_params.to_dict()

        workday_raas_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workday_raas_auth_params, Unset):
            workday_raas_auth_params = self.workday_raas_auth_params.to_dict()

        ms_365_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ms_365_auth_params, Unset):
            ms_365_auth_params = self.ms_365_auth_params.to_dict()

        google_workspace_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_workspace_auth_params, Unset):
            google_workspace_auth_params = self.google_workspace_auth_params.to_dict()

        oracle_db_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oracle_db_auth_params, Unset):
            oracle_db_auth_params = self.oracle_db_auth_params.to_dict()

        service_now_v2_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_now_v2_auth_params, Unset):
            service_now_v2_auth_params = self.service_now_v2_auth_params.to_dict()

        databricks_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.databricks_auth_params, Unset):
            databricks_auth_params = self.databricks_auth_params.to_dict()

        echo_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.echo_auth_params, Unset):
            echo_auth_params = self.echo_auth_params.to_dict()

        snowflake_v2_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snowflake_v2_auth_params, Unset):
            snowflake_v2_auth_params = self.snowflake_v2_auth_params.to_dict()

        sse_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sse_auth_params, Unset):
            sse_auth_params = self.sse_auth_params.to_dict()

        cdk_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cdk_auth_params, Unset):
            cdk_auth_params = self.cdk_auth_params.to_dict()

        viva_glint_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.viva_glint_auth_params, Unset):
            viva_glint_auth_params = self.viva_glint_auth_params.to_dict()

        databricks_oidc_auth_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.databricks_oidc_auth_params, Unset):
            databricks_oidc_auth_params = self.databricks_oidc_auth_params.to_dict()

        has_updates = self.has_updates

        auth_context: str | Unset = UNSET
        if not isinstance(self.auth_context, Unset):
            auth_context = self.auth_context.value

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if tenant_domain_name is not UNSET:
            field_dict["tenantDomainName"] = tenant_domain_name
        if bamboo_auth_params is not UNSET:
            field_dict["bambooAuthParams"] = bamboo_auth_params
        if greenhouse_auth_params is not UNSET:
            field_dict["greenhouseAuthParams"] = greenhouse_auth_params
        if google_sheets_auth_params is not UNSET:
            field_dict["googleSheetsAuthParams"] = google_sheets_auth_params
        if jira_auth_params is not UNSET:
            field_dict["jiraAuthParams"] = jira_auth_params
        if lever_auth_params is not UNSET:
            field_dict["leverAuthParams"] = lever_auth_params
        if namely_auth_params is not UNSET:
            field_dict["namelyAuthParams"] = namely_auth_params
        if qualtrics_auth_params is not UNSET:
            field_dict["qualtricsAuthParams"] = qualtrics_auth_params
        if salesforce_auth_params is not UNSET:
            field_dict["salesforceAuthParams"] = salesforce_auth_params
        if ultimate_auth_params is not UNSET:
            field_dict["ultimateAuthParams"] = ultimate_auth_params
        if workday_auth_params is not UNSET:
            field_dict["workdayAuthParams"] = workday_auth_params
        if icims_auth_params is not UNSET:
            field_dict["icimsAuthParams"] = icims_auth_params
        if service_now_auth_params is not UNSET:
            field_dict["serviceNowAuthParams"] = service_now_auth_params
        if jdbc_auth_params is not UNSET:
            field_dict["jdbcAuthParams"] = jdbc_auth_params
        if s_3_auth_params is not UNSET:
            field_dict["s3AuthParams"] = s_3_auth_params
        if internal_s3_auth_params is not UNSET:
            field_dict["internalS3AuthParams"] = internal_s3_auth_params
        if copy_s3_auth_params is not UNSET:
            field_dict["copyS3AuthParams"] = copy_s3_auth_params
        if redshift_auth_params is not UNSET:
            field_dict["redshiftAuthParams"] = redshift_auth_params
        if snowflake_auth_params is not UNSET:
            field_dict["snowflakeAuthParams"] = snowflake_auth_params
        if big_query_auth_params is not UNSET:
            field_dict["bigQueryAuthParams"] = big_query_auth_params
        if sql_server_auth_params is not UNSET:
            field_dict["sqlServerAuthParams"] = sql_server_auth_params
        if dimensions_auth_params is not UNSET:
            field_dict["dimensionsAuthParams"] = dimensions_auth_params
        if willow_auth_params is not UNSET:
            field_dict["willowAuthParams"] = willow_auth_params
        if empty_auth_params is not UNSET:
            field_dict["emptyAuthParams"] = empty_auth_params
        if success_factors_auth_params is not UNSET:
            field_dict["successFactorsAuthParams"] = success_factors_auth_params
        if fusion_auth_params is not UNSET:
            field_dict["fusionAuthParams"] = fusion_auth_params
        if adp_auth_params is not UNSET:
            field_dict["adpAuthParams"] = adp_auth_params
        if medallia_auth_params is not UNSET:
            field_dict["medalliaAuthParams"] = medallia_auth_params
        if salesforce_v2_auth_params is not UNSET:
            field_dict["salesforceV2AuthParams"] = salesforce_v2_auth_params
        if gong_auth_params is not UNSET:
            field_dict["gongAuthParams"] = gong_auth_params
        if zoom_auth_params is not UNSET:
            field_dict["zoomAuthParams"] = zoom_auth_params
        if dayforce_v2_auth_params is not UNSET:
            field_dict["dayforceV2AuthParams"] = dayforce_v2_auth_params
        if slack_auth_params is not UNSET:
            field_dict["slackAuthParams"] = slack_auth_params
        if my_sql_auth_params is not UNSET:
            field_dict["mySqlAuthParams"] = my_sql_auth_params
        if workday_raas_auth_params is not UNSET:
            field_dict["workdayRaasAuthParams"] = workday_raas_auth_params
        if ms_365_auth_params is not UNSET:
            field_dict["ms365AuthParams"] = ms_365_auth_params
        if google_workspace_auth_params is not UNSET:
            field_dict["googleWorkspaceAuthParams"] = google_workspace_auth_params
        if oracle_db_auth_params is not UNSET:
            field_dict["oracleDbAuthParams"] = oracle_db_auth_params
        if service_now_v2_auth_params is not UNSET:
            field_dict["serviceNowV2AuthParams"] = service_now_v2_auth_params
        if databricks_auth_params is not UNSET:
            field_dict["databricksAuthParams"] = databricks_auth_params
        if echo_auth_params is not UNSET:
            field_dict["echoAuthParams"] = echo_auth_params
        if snowflake_v2_auth_params is not UNSET:
            field_dict["snowflakeV2AuthParams"] = snowflake_v2_auth_params
        if sse_auth_params is not UNSET:
            field_dict["sseAuthParams"] = sse_auth_params
        if cdk_auth_params is not UNSET:
            field_dict["cdkAuthParams"] = cdk_auth_params
        if viva_glint_auth_params is not UNSET:
            field_dict["vivaGlintAuthParams"] = viva_glint_auth_params
        if databricks_oidc_auth_params is not UNSET:
            field_dict["databricksOidcAuthParams"] = databricks_oidc_auth_params
        if has_updates is not UNSET:
            field_dict["hasUpdates"] = has_updates
        if auth_context is not UNSET:
            field_dict["authContext"] = auth_context
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.adp_auth_params_dto import AdpAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.bamboo_auth_params_dto import BambooAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.basic_s3_auth_params_dto import BasicS3AuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.big_query_auth_params_dto import BigQueryAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.cdk_auth_params_dto import CdkAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.copy_s3_auth_params_dto import CopyS3AuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.databricks_auth_params_dto import DatabricksAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.databricks_oidc_auth_params_dto import DatabricksOIDCAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.dayforce_v2_auth_params_dto import DayforceV2AuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.dimensions_auth_params_dto import DimensionsAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.echo_auth_params_dto import EchoAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.empty_auth_params_dto import EmptyAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.fusion_auth_params_dto import FusionAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.gong_auth_params_dto import GongAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.google_sheets_auth_params_dto import GoogleSheetsAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.google_workspace_auth_params_dto import GoogleWorkspaceAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.greenhouse_auth_params_dto import GreenhouseAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.icims_auth_params_dto import IcimsAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.internal_s3_auth_params_dto import InternalS3AuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.jdbc_auth_params_dto import JdbcAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.jira_auth_params_dto import JiraAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.lever_auth_params_dto import LeverAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.medallia_auth_params_dto import MedalliaAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.microsoft_365_auth_params_dto import Microsoft365AuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.my_sql_auth_params_dto import MySqlAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.namely_auth_params_dto import NamelyAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.oracle_db_auth_params_dto import OracleDbAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.qualtrics_auth_params_dto import QualtricsAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.redshift_auth_params_dto import RedshiftAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.salesforce_auth_params_dto import SalesforceAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.salesforce_v2_auth_params_dto import SalesforceV2AuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.service_now_auth_params_dto import ServiceNowAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.service_now_v2_auth_params_dto import ServiceNowV2AuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.slack_auth_params_dto import SlackAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.snowflake_auth_params_dto import SnowflakeAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.snowflake_v2_auth_params_dto import SnowflakeV2AuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.sql_server_auth_params_dto import SqlServerAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.sse_auth_params_dto import SSEAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.success_factors_auth_params_dto import SuccessFactorsAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.ultimate_auth_params_dto import UltimateAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.viva_glint_auth_params_dto import VivaGlintAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.willow_auth_params_dto import WillowAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.workday_auth_params_dto import WorkdayAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.workday_raas_auth_params_dto import WorkdayRaasAuthParamsDTO  # noqa: PLC0415
        from visier_data_handling_api.models.zoom_auth_params_dto import ZoomAuthParamsDTO  # noqa: PLC0415

        d = dict(src_dict)
        provider = DataProviderAuthParamsDTOProvider(d.pop("provider"))

        tenant_domain_name = d.pop("tenantDomainName", UNSET)

        _bamboo_auth_params = d.pop("bambooAuthParams", UNSET)
        bamboo_auth_params: BambooAuthParamsDTO | Unset
        if isinstance(_bamboo_auth_params, Unset):
            bamboo_auth_params = UNSET
        else:
            bamboo_auth_params = BambooAuthParamsDTO.from_dict(_bamboo_auth_params)

        _greenhouse_auth_params = d.pop("greenhouseAuthParams", UNSET)
        greenhouse_auth_params: GreenhouseAuthParamsDTO | Unset
        if isinstance(_greenhouse_auth_params, Unset):
            greenhouse_auth_params = UNSET
        else:
            greenhouse_auth_params = GreenhouseAuthParamsDTO.from_dict(_greenhouse_auth_params)

        _google_sheets_auth_params = d.pop("googleSheetsAuthParams", UNSET)
        google_sheets_auth_params: GoogleSheetsAuthParamsDTO | Unset
        if isinstance(_google_sheets_auth_params, Unset):
            google_sheets_auth_params = UNSET
        else:
            google_sheets_auth_params = GoogleSheetsAuthParamsDTO.from_dict(_google_sheets_auth_params)

        _jira_auth_params = d.pop("jiraAuthParams", UNSET)
        jira_auth_params: JiraAuthParamsDTO | Unset
        if isinstance(_jira_auth_params, Unset):
            jira_auth_params = UNSET
        else:
            jira_auth_params = JiraAuthParamsDTO.from_dict(_jira_auth_params)

        _lever_auth_params = d.pop("leverAuthParams", UNSET)
        lever_auth_params: LeverAuthParamsDTO | Unset
        if isinstance(_lever_auth_params, Unset):
            lever_auth_params = UNSET
        else:
            lever_auth_params = LeverAuthParamsDTO.from_dict(_lever_auth_params)

        _namely_auth_params = d.pop("namelyAuthParams", UNSET)
        namely_auth_params: NamelyAuthParamsDTO | Unset
        if isinstance(_namely_auth_params, Unset):
            namely_auth_params = UNSET
        else:
            namely_auth_params = NamelyAuthParamsDTO.from_dict(_namely_auth_params)

        _qualtrics_auth_params = d.pop("qualtricsAuthParams", UNSET)
        qualtrics_auth_params: QualtricsAuthParamsDTO | Unset
        if isinstance(_qualtrics_auth_params, Unset):
            qualtrics_auth_params = UNSET
        else:
            qualtrics_auth_params = QualtricsAuthParamsDTO.from_dict(_qualtrics_auth_params)

        _salesforce_auth_params = d.pop("salesforceAuthParams", UNSET)
        salesforce_auth_params: SalesforceAuthParamsDTO | Unset
        if isinstance(_salesforce_auth_params, Unset):
            salesforce_auth_params = UNSET
        else:
            salesforce_auth_params = SalesforceAuthParamsDTO.from_dict(_salesforce_auth_params)

        _ultimate_auth_params = d.pop("ultimateAuthParams", UNSET)
        ultimate_auth_params: UltimateAuthParamsDTO | Unset
        if isinstance(_ultimate_auth_params, Unset):
            ultimate_auth_params = UNSET
        else:
            ultimate_auth_params = UltimateAuthParamsDTO.from_dict(_ultimate_auth_params)

        _workday_auth_params = d.pop("workdayAuthParams", UNSET)
        workday_auth_params: WorkdayAuthParamsDTO | Unset
        if isinstance(_workday_auth_params, Unset):
            workday_auth_params = UNSET
        else:
            workday_auth_params = WorkdayAuthParamsDTO.from_dict(_workday_auth_params)

        _icims_auth_params = d.pop("icimsAuthParams", UNSET)
        icims_auth_params: IcimsAuthParamsDTO | Unset
        if isinstance(_icims_auth_params, Unset):
            icims_auth_params = UNSET
        else:
            icims_auth_params = IcimsAuthParamsDTO.from_dict(_icims_auth_params)

        _service_now_auth_params = d.pop("serviceNowAuthParams", UNSET)
        service_now_auth_params: ServiceNowAuthParamsDTO | Unset
        if isinstance(_service_now_auth_params, Unset):
            service_now_auth_params = UNSET
        else:
            service_now_auth_params = ServiceNowAuthParamsDTO.from_dict(_service_now_auth_params)

        _jdbc_auth_params = d.pop("jdbcAuthParams", UNSET)
        jdbc_auth_params: JdbcAuthParamsDTO | Unset
        if isinstance(_jdbc_auth_params, Unset):
            jdbc_auth_params = UNSET
        else:
            jdbc_auth_params = JdbcAuthParamsDTO.from_dict(_jdbc_auth_params)

        _s_3_auth_params = d.pop("s3AuthParams", UNSET)
        s_3_auth_params: BasicS3AuthParamsDTO | Unset
        if isinstance(_s_3_auth_params, Unset):
            s_3_auth_params = UNSET
        else:
            s_3_auth_params = BasicS3AuthParamsDTO.from_dict(_s_3_auth_params)

        _internal_s3_auth_params = d.pop("internalS3AuthParams", UNSET)
        internal_s3_auth_params: InternalS3AuthParamsDTO | Unset
        if isinstance(_internal_s3_auth_params, Unset):
            internal_s3_auth_params = UNSET
        else:
            internal_s3_auth_params = InternalS3AuthParamsDTO.from_dict(_internal_s3_auth_params)

        _copy_s3_auth_params = d.pop("copyS3AuthParams", UNSET)
        copy_s3_auth_params: CopyS3AuthParamsDTO | Unset
        if isinstance(_copy_s3_auth_params, Unset):
            copy_s3_auth_params = UNSET
        else:
            copy_s3_auth_params = CopyS3AuthParamsDTO.from_dict(_copy_s3_auth_params)

        _redshift_auth_params = d.pop("redshiftAuthParams", UNSET)
        redshift_auth_params: RedshiftAuthParamsDTO | Unset
        if isinstance(_redshift_auth_params, Unset):
            redshift_auth_params = UNSET
        else:
            redshift_auth_params = RedshiftAuthParamsDTO.from_dict(_redshift_auth_params)

        _snowflake_auth_params = d.pop("snowflakeAuthParams", UNSET)
        snowflake_auth_params: SnowflakeAuthParamsDTO | Unset
        if isinstance(_snowflake_auth_params, Unset):
            snowflake_auth_params = UNSET
        else:
            snowflake_auth_params = SnowflakeAuthParamsDTO.from_dict(_snowflake_auth_params)

        _big_query_auth_params = d.pop("bigQueryAuthParams", UNSET)
        big_query_auth_params: BigQueryAuthParamsDTO | Unset
        if isinstance(_big_query_auth_params, Unset):
            big_query_auth_params = UNSET
        else:
            big_query_auth_params = BigQueryAuthParamsDTO.from_dict(_big_query_auth_params)

        _sql_server_auth_params = d.pop("sqlServerAuthParams", UNSET)
        sql_server_auth_params: SqlServerAuthParamsDTO | Unset
        if isinstance(_sql_server_auth_params, Unset):
            sql_server_auth_params = UNSET
        else:
            sql_server_auth_params = SqlServerAuthParamsDTO.from_dict(_sql_server_auth_params)

        _dimensions_auth_params = d.pop("dimensionsAuthParams", UNSET)
        dimensions_auth_params: DimensionsAuthParamsDTO | Unset
        if isinstance(_dimensions_auth_params, Unset):
            dimensions_auth_params = UNSET
        else:
            dimensions_auth_params = DimensionsAuthParamsDTO.from_dict(_dimensions_auth_params)

        _willow_auth_params = d.pop("willowAuthParams", UNSET)
        willow_auth_params: WillowAuthParamsDTO | Unset
        if isinstance(_willow_auth_params, Unset):
            willow_auth_params = UNSET
        else:
            willow_auth_params = WillowAuthParamsDTO.from_dict(_willow_auth_params)

        _empty_auth_params = d.pop("emptyAuthParams", UNSET)
        empty_auth_params: EmptyAuthParamsDTO | Unset
        if isinstance(_empty_auth_params, Unset):
            empty_auth_params = UNSET
        else:
            empty_auth_params = EmptyAuthParamsDTO.from_dict(_empty_auth_params)

        _success_factors_auth_params = d.pop("successFactorsAuthParams", UNSET)
        success_factors_auth_params: SuccessFactorsAuthParamsDTO | Unset
        if isinstance(_success_factors_auth_params, Unset):
            success_factors_auth_params = UNSET
        else:
            success_factors_auth_params = SuccessFactorsAuthParamsDTO.from_dict(_success_factors_auth_params)

        _fusion_auth_params = d.pop("fusionAuthParams", UNSET)
        fusion_auth_params: FusionAuthParamsDTO | Unset
        if isinstance(_fusion_auth_params, Unset):
            fusion_auth_params = UNSET
        else:
            fusion_auth_params = FusionAuthParamsDTO.from_dict(_fusion_auth_params)

        _adp_auth_params = d.pop("adpAuthParams", UNSET)
        adp_auth_params: AdpAuthParamsDTO | Unset
        if isinstance(_adp_auth_params, Unset):
            adp_auth_params = UNSET
        else:
            adp_auth_params = AdpAuthParamsDTO.from_dict(_adp_auth_params)

        _medallia_auth_params = d.pop("medalliaAuthParams", UNSET)
        medallia_auth_params: MedalliaAuthParamsDTO | Unset
        if isinstance(_medallia_auth_params, Unset):
            medallia_auth_params = UNSET
        else:
            medallia_auth_params = MedalliaAuthParamsDTO.from_dict(_medallia_auth_params)

        _salesforce_v2_auth_params = d.pop("salesforceV2AuthParams", UNSET)
        salesforce_v2_auth_params: SalesforceV2AuthParamsDTO | Unset
        if isinstance(_salesforce_v2_auth_params, Unset):
            salesforce_v2_auth_params = UNSET
        else:
            salesforce_v2_auth_params = SalesforceV2AuthParamsDTO.from_dict(_salesforce_v2_auth_params)

        _gong_auth_params = d.pop("gongAuthParams", UNSET)
        gong_auth_params: GongAuthParamsDTO | Unset
        if isinstance(_gong_auth_params, Unset):
            gong_auth_params = UNSET
        else:
            gong_auth_params = GongAuthParamsDTO.from_dict(_gong_auth_params)

        _zoom_auth_params = d.pop("zoomAuthParams", UNSET)
        zoom_auth_params: ZoomAuthParamsDTO | Unset
        if isinstance(_zoom_auth_params, Unset):
            zoom_auth_params = UNSET
        else:
            zoom_auth_params = ZoomAuthParamsDTO.from_dict(_zoom_auth_params)

        _dayforce_v2_auth_params = d.pop("dayforceV2AuthParams", UNSET)
        dayforce_v2_auth_params: DayforceV2AuthParamsDTO | Unset
        if isinstance(_dayforce_v2_auth_params, Unset):
            dayforce_v2_auth_params = UNSET
        else:
            dayforce_v2_auth_params = DayforceV2AuthParamsDTO.from_dict(_dayforce_v2_auth_params)

        _slack_auth_params = d.pop("slackAuthParams", UNSET)
        slack_auth_params: SlackAuthParamsDTO | Unset
        if isinstance(_slack_auth_params, Unset):
            slack_auth_params = UNSET
        else:
            slack_auth_params = SlackAuthParamsDTO.from_dict(_slack_auth_params)

        _my_sql_auth_params = d.pop("mySqlAuthParams", UNSET)
        my_sql_auth_params: MySqlAuthParamsDTO | Unset
        if isinstance(_my_sql_auth_params, Unset):
            my_sql_auth_params = UNSET
        else:
            my_sql_auth_params = MySqlAuthParamsDTO.from_dict(_my_sql_auth_params)

        _workday_raas_auth_params = d.pop("workdayRaasAuthParams", UNSET)
        workday_raas_auth_params: WorkdayRaasAuthParamsDTO | Unset
        if isinstance(_workday_raas_auth_params, Unset):
            workday_raas_auth_params = UNSET
        else:
            workday_raas_auth_params = WorkdayRaasAuthParamsDTO.from_dict(_workday_raas_auth_params)

        _ms_365_auth_params = d.pop("ms365AuthParams", UNSET)
        ms_365_auth_params: Microsoft365AuthParamsDTO | Unset
        if isinstance(_ms_365_auth_params, Unset):
            ms_365_auth_params = UNSET
        else:
            ms_365_auth_params = Microsoft365AuthParamsDTO.from_dict(_ms_365_auth_params)

        _google_workspace_auth_params = d.pop("googleWorkspaceAuthParams", UNSET)
        google_workspace_auth_params: GoogleWorkspaceAuthParamsDTO | Unset
        if isinstance(_google_workspace_auth_params, Unset):
            google_workspace_auth_params = UNSET
        else:
            google_workspace_auth_params = GoogleWorkspaceAuthParamsDTO.from_dict(_google_workspace_auth_params)

        _oracle_db_auth_params = d.pop("oracleDbAuthParams", UNSET)
        oracle_db_auth_params: OracleDbAuthParamsDTO | Unset
        if isinstance(_oracle_db_auth_params, Unset):
            oracle_db_auth_params = UNSET
        else:
            oracle_db_auth_params = OracleDbAuthParamsDTO.from_dict(_oracle_db_auth_params)

        _service_now_v2_auth_params = d.pop("serviceNowV2AuthParams", UNSET)
        service_now_v2_auth_params: ServiceNowV2AuthParamsDTO | Unset
        if isinstance(_service_now_v2_auth_params, Unset):
            service_now_v2_auth_params = UNSET
        else:
            service_now_v2_auth_params = ServiceNowV2AuthParamsDTO.from_dict(_service_now_v2_auth_params)

        _databricks_auth_params = d.pop("databricksAuthParams", UNSET)
        databricks_auth_params: DatabricksAuthParamsDTO | Unset
        if isinstance(_databricks_auth_params, Unset):
            databricks_auth_params = UNSET
        else:
            databricks_auth_params = DatabricksAuthParamsDTO.from_dict(_databricks_auth_params)

        _echo_auth_params = d.pop("echoAuthParams", UNSET)
        echo_auth_params: EchoAuthParamsDTO | Unset
        if isinstance(_echo_auth_params, Unset):
            echo_auth_params = UNSET
        else:
            echo_auth_params = EchoAuthParamsDTO.from_dict(_echo_auth_params)

        _snowflake_v2_auth_params = d.pop("snowflakeV2AuthParams", UNSET)
        snowflake_v2_auth_params: SnowflakeV2AuthParamsDTO | Unset
        if isinstance(_snowflake_v2_auth_params, Unset):
            snowflake_v2_auth_params = UNSET
        else:
            snowflake_v2_auth_params = SnowflakeV2AuthParamsDTO.from_dict(_snowflake_v2_auth_params)

        _sse_auth_params = d.pop("sseAuthParams", UNSET)
        sse_auth_params: SSEAuthParamsDTO | Unset
        if isinstance(_sse_auth_params, Unset):
            sse_auth_params = UNSET
        else:
            sse_auth_params = SSEAuthParamsDTO.from_dict(_sse_auth_params)

        _cdk_auth_params = d.pop("cdkAuthParams", UNSET)
        cdk_auth_params: CdkAuthParamsDTO | Unset
        if isinstance(_cdk_auth_params, Unset):
            cdk_auth_params = UNSET
        else:
            cdk_auth_params = CdkAuthParamsDTO.from_dict(_cdk_auth_params)

        _viva_glint_auth_params = d.pop("vivaGlintAuthParams", UNSET)
        viva_glint_auth_params: VivaGlintAuthParamsDTO | Unset
        if isinstance(_viva_glint_auth_params, Unset):
            viva_glint_auth_params = UNSET
        else:
            viva_glint_auth_params = VivaGlintAuthParamsDTO.from_dict(_viva_glint_auth_params)

        _databricks_oidc_auth_params = d.pop("databricksOidcAuthParams", UNSET)
        databricks_oidc_auth_params: DatabricksOIDCAuthParamsDTO | Unset
        if isinstance(_databricks_oidc_auth_params, Unset):
            databricks_oidc_auth_params = UNSET
        else:
            databricks_oidc_auth_params = DatabricksOIDCAuthParamsDTO.from_dict(_databricks_oidc_auth_params)

        has_updates = d.pop("hasUpdates", UNSET)

        _auth_context = d.pop("authContext", UNSET)
        auth_context: DataProviderAuthParamsDTOAuthContext | Unset
        if isinstance(_auth_context, Unset):
            auth_context = UNSET
        else:
            auth_context = DataProviderAuthParamsDTOAuthContext(_auth_context)

        _source_type = d.pop("sourceType", UNSET)
        source_type: DataProviderAuthParamsDTOSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = DataProviderAuthParamsDTOSourceType(_source_type)

        data_provider_auth_params_dto = cls(
            provider=provider,
            tenant_domain_name=tenant_domain_name,
            bamboo_auth_params=bamboo_auth_params,
            greenhouse_auth_params=greenhouse_auth_params,
            google_sheets_auth_params=google_sheets_auth_params,
            jira_auth_params=jira_auth_params,
            lever_auth_params=lever_auth_params,
            namely_auth_params=namely_auth_params,
            qualtrics_auth_params=qualtrics_auth_params,
            salesforce_auth_params=salesforce_auth_params,
            ultimate_auth_params=ultimate_auth_params,
            workday_auth_params=workday_auth_params,
            icims_auth_params=icims_auth_params,
            service_now_auth_params=service_now_auth_params,
            jdbc_auth_params=jdbc_auth_params,
            s_3_auth_params=s_3_auth_params,
            internal_s3_auth_params=internal_s3_auth_params,
            copy_s3_auth_params=copy_s3_auth_params,
            redshift_auth_params=redshift_auth_params,
            snowflake_auth_params=snowflake_auth_params,
            big_query_auth_params=big_query_auth_params,
            sql_server_auth_params=sql_server_auth_params,
            dimensions_auth_params=dimensions_auth_params,
            willow_auth_params=willow_auth_params,
            empty_auth_params=empty_auth_params,
            success_factors_auth_params=success_factors_auth_params,
            fusion_auth_params=fusion_auth_params,
            adp_auth_params=adp_auth_params,
            medallia_auth_params=medallia_auth_params,
            salesforce_v2_auth_params=salesforce_v2_auth_params,
            gong_auth_params=gong_auth_params,
            zoom_auth_params=zoom_auth_params,
            dayforce_v2_auth_params=dayforce_v2_auth_params,
            slack_auth_params=slack_auth_params,
            my_sql_auth_params=my_sql_auth_params,
            workday_raas_auth_params=workday_raas_auth_params,
            ms_365_auth_params=ms_365_auth_params,
            google_workspace_auth_params=google_workspace_auth_params,
            oracle_db_auth_params=oracle_db_auth_params,
            service_now_v2_auth_params=service_now_v2_auth_params,
            databricks_auth_params=databricks_auth_params,
            echo_auth_params=echo_auth_params,
            snowflake_v2_auth_params=snowflake_v2_auth_params,
            sse_auth_params=sse_auth_params,
            cdk_auth_params=cdk_auth_params,
            viva_glint_auth_params=viva_glint_auth_params,
            databricks_oidc_auth_params=databricks_oidc_auth_params,
            has_updates=has_updates,
            auth_context=auth_context,
            source_type=source_type,
        )

        data_provider_auth_params_dto.additional_properties = d
        return data_provider_auth_params_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
