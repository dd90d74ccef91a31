"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (module ``__getattr__``): an operation module imports the models it needs from
their own modules, and importing this package no longer imports all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .adp_auth_params_dto import AdpAuthParamsDTO
    from .assign_connector_credential_request import AssignConnectorCredentialRequest
    from .assign_connector_credentials_by_tenant_response_dto import AssignConnectorCredentialsByTenantResponseDTO
    from .assign_connector_credentials_by_tenant_response_dto_status import (
        AssignConnectorCredentialsByTenantResponseDTOStatus,
    )
    from .assign_connector_credentials_response_dto import AssignConnectorCredentialsResponseDTO
    from .assign_connector_with_credentials_response_dto import AssignConnectorWithCredentialsResponseDTO
    from .assigned_credential_info_response_dto import AssignedCredentialInfoResponseDTO
    from .authentication_request import AuthenticationRequest
    from .bamboo_auth_params_dto import BambooAuthParamsDTO
    from .basic_s3_auth_params_dto import BasicS3AuthParamsDTO
    from .big_query_auth_params_dto import BigQueryAuthParamsDTO
    from .big_query_service_account_params_dto import BigQueryServiceAccountParamsDTO
    from .cancel_job_batch_from_job_id_dto import CancelJobBatchFromJobIdDTO
    from .cdk_auth_params_dto import CdkAuthParamsDTO
    from .connector import Connector
    from .connector_info_response_dto import ConnectorInfoResponseDTO
    from .connector_setting_request_dto import ConnectorSettingRequestDTO
    from .connector_setting_response_dto import ConnectorSettingResponseDTO
    from .connector_settings_response_dto import ConnectorSettingsResponseDTO
    from .consolidated_analytics_job_request_dto import ConsolidatedAnalyticsJobRequestDTO
    from .copy_s3_auth_params_dto import CopyS3AuthParamsDTO
    from .credential_creation_api_response_dto import CredentialCreationAPIResponseDTO
    from .data_categories_response_dto import DataCategoriesResponseDTO
    from .data_category_response_dto import DataCategoryResponseDTO
    from .data_load_request import DataLoadRequest
    from .data_load_request_model import DataLoadRequestModel
    from .data_load_response import DataLoadResponse
    from .data_provider_auth_information_dto import DataProviderAuthInformationDTO
    from .data_provider_auth_params_dto import DataProviderAuthParamsDTO
    from .data_provider_auth_params_dto_auth_context import DataProviderAuthParamsDTOAuthContext
    from .data_provider_auth_params_dto_provider import DataProviderAuthParamsDTOProvider
    from .data_provider_auth_params_dto_source_type import DataProviderAuthParamsDTOSourceType
    from .data_provider_basic_information_dto import DataProviderBasicInformationDTO
    from .data_provider_basic_metadata_dto import DataProviderBasicMetadataDTO
    from .data_transfer_result_detail import DataTransferResultDetail
    from .data_version_and_date_dto import DataVersionAndDateDTO
    from .data_version_object import DataVersionObject
    from .databricks_auth_params_dto import DatabricksAuthParamsDTO
    from .databricks_oidc_auth_params_dto import DatabricksOIDCAuthParamsDTO
    from .dayforce_v2_auth_params_dto import DayforceV2AuthParamsDTO
    from .dimensions_auth_params_dto import DimensionsAuthParamsDTO
    from .direct_data_job_config_dto import DirectDataJobConfigDTO
    from .direct_data_job_config_dto_supplemental_mode import DirectDataJobConfigDTOSupplementalMode
    from .direct_data_job_status_response_dto import DirectDataJobStatusResponseDTO
    from .direct_data_list_transactions_response_dto import DirectDataListTransactionsResponseDTO
    from .direct_data_load_config_dto import DirectDataLoadConfigDTO
    from .direct_data_schema_dto import DirectDataSchemaDTO
    from .direct_data_schema_field_dto import DirectDataSchemaFieldDTO
    from .direct_data_transaction_dto import DirectDataTransactionDTO
    from .direct_data_transaction_start_response_dto import DirectDataTransactionStartResponseDTO
    from .direct_data_upload_file_body import DirectDataUploadFileBody
    from .direct_data_upload_file_response_dto import DirectDataUploadFileResponseDTO
    from .disable_dv_model import DisableDVModel
    from .disable_dv_request import DisableDVRequest
    from .disable_dv_response import DisableDVResponse
    from .dispatching_job_status_response import DispatchingJobStatusResponse
    from .echo_auth_params_dto import EchoAuthParamsDTO
    from .echo_basic_auth_dto import EchoBasicAuthDTO
    from .echo_o_auth_dto import EchoOAuthDTO
    from .empty_auth_params_dto import EmptyAuthParamsDTO
    from .exclude_data_uploads_request import ExcludeDataUploadsRequest
    from .extract_data_and_load_dto import ExtractDataAndLoadDTO
    from .extract_data_and_load_dto_spill_debug_info_detail_level_dto import (
        ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO,
    )
    from .extract_data_and_load_dto_spill_debug_info_partitions_dto import (
        ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO,
    )
    from .extraction_job import ExtractionJob
    from .extraction_job_and_status_response import ExtractionJobAndStatusResponse
    from .extractor_credential_apidto import ExtractorCredentialAPIDTO
    from .extractor_credentials_apidto import ExtractorCredentialsAPIDTO
    from .extractor_setting_apidto import ExtractorSettingAPIDTO
    from .extractor_setting_key_value_apidto import ExtractorSettingKeyValueAPIDTO
    from .extractor_settings_apidto import ExtractorSettingsAPIDTO
    from .fusion_auth_params_dto import FusionAuthParamsDTO
    from .gong_auth_params_dto import GongAuthParamsDTO
    from .google_sheets_auth_params_dto import GoogleSheetsAuthParamsDTO
    from .google_workspace_auth_params_dto import GoogleWorkspaceAuthParamsDTO
    from .greenhouse_auth_params_dto import GreenhouseAuthParamsDTO
    from .icims_auth_params_dto import IcimsAuthParamsDTO
    from .icims_auth_params_dto_region import IcimsAuthParamsDTORegion
    from .import_definition_apidto import ImportDefinitionAPIDTO
    from .import_definitions_apidto import ImportDefinitionsAPIDTO
    from .include_data_uploads_request import IncludeDataUploadsRequest
    from .internal_s3_auth_params_dto import InternalS3AuthParamsDTO
    from .jdbc_auth_params_dto import JdbcAuthParamsDTO
    from .jira_auth_params_dto import JiraAuthParamsDTO
    from .jira_connect_params_dto import JiraConnectParamsDTO
    from .job_cancellation_result_dto import JobCancellationResultDTO
    from .job_cancellation_result_dto_cancel_status import JobCancellationResultDTOCancelStatus
    from .job_cancellation_results_dto import JobCancellationResultsDTO
    from .job_id_response import JobIdResponse
    from .job_status_list_response import JobStatusListResponse
    from .job_status_with_start_time import JobStatusWithStartTime
    from .key_pair_delete_response_dto import KeyPairDeleteResponseDTO
    from .key_pair_generate_request_dto import KeyPairGenerateRequestDTO
    from .lever_auth_params_dto import LeverAuthParamsDTO
    from .medallia_auth_params_dto import MedalliaAuthParamsDTO
    from .microsoft_365_auth_params_dto import Microsoft365AuthParamsDTO
    from .multiple_tenant_data_versions_details_dto import MultipleTenantDataVersionsDetailsDTO
    from .multiple_tenant_data_versions_list_dto import MultipleTenantDataVersionsListDTO
    from .my_sql_auth_params_dto import MySqlAuthParamsDTO
    from .namely_auth_params_dto import NamelyAuthParamsDTO
    from .oracle_db_auth_params_dto import OracleDbAuthParamsDTO
    from .pair_dto import PairDTO
    from .processing_job import ProcessingJob
    from .processing_job_and_status_response import ProcessingJobAndStatusResponse
    from .processing_job_request_dto import ProcessingJobRequestDTO
    from .processing_job_status_response import ProcessingJobStatusResponse
    from .public_key_dto import PublicKeyDTO
    from .public_keys_dto import PublicKeysDTO
    from .push_data_cancel_response import PushDataCancelResponse
    from .push_data_column_definition_dto import PushDataColumnDefinitionDTO
    from .push_data_complete_request import PushDataCompleteRequest
    from .push_data_complete_response import PushDataCompleteResponse
    from .push_data_response import PushDataResponse
    from .push_data_source_definition_dto import PushDataSourceDefinitionDTO
    from .push_data_source_definitions_dto import PushDataSourceDefinitionsDTO
    from .qualtrics_auth_params_dto import QualtricsAuthParamsDTO
    from .receiving_job import ReceivingJob
    from .receiving_job_and_status_response import ReceivingJobAndStatusResponse
    from .receiving_job_extracted_file_response_dto import ReceivingJobExtractedFileResponseDTO
    from .receiving_job_extracted_files_for_tenant_response_dto import ReceivingJobExtractedFilesForTenantResponseDTO
    from .receiving_job_extracted_files_list_response_dto import ReceivingJobExtractedFilesListResponseDTO
    from .receiving_job_status_response import ReceivingJobStatusResponse
    from .redshift_auth_params_dto import RedshiftAuthParamsDTO
    from .result import Result
    from .salesforce_auth_params_dto import SalesforceAuthParamsDTO
    from .salesforce_v2_auth_params_dto import SalesforceV2AuthParamsDTO
    from .service_now_auth_params_dto import ServiceNowAuthParamsDTO
    from .service_now_v2_auth_params_dto import ServiceNowV2AuthParamsDTO
    from .set_connector_setting_request_dto import SetConnectorSettingRequestDTO
    from .set_connector_setting_response_dto import SetConnectorSettingResponseDTO
    from .set_connector_setting_response_dto_status import SetConnectorSettingResponseDTOStatus
    from .set_connector_settings_request_dto import SetConnectorSettingsRequestDTO
    from .set_connector_settings_response_dto import SetConnectorSettingsResponseDTO
    from .slack_auth_params_dto import SlackAuthParamsDTO
    from .snowflake_auth_params_dto import SnowflakeAuthParamsDTO
    from .snowflake_v2_auth_params_dto import SnowflakeV2AuthParamsDTO
    from .source import Source
    from .source_file_response_dto import SourceFileResponseDTO
    from .sql_server_auth_params_dto import SqlServerAuthParamsDTO
    from .sse_auth_params_dto import SSEAuthParamsDTO
    from .start_extraction_response import StartExtractionResponse
    from .start_transfer_response import StartTransferResponse
    from .status import Status
    from .subject_missing_access_dto import SubjectMissingAccessDTO
    from .subject_missing_access_dto_subject import SubjectMissingAccessDTOSubject
    from .success_factors_auth_params_dto import SuccessFactorsAuthParamsDTO
    from .success_factors_o_auth_params_dto import SuccessFactorsOAuthParamsDTO
    from .tenant import Tenant
    from .tenant_and_credential import TenantAndCredential
    from .tenant_connector_settings_request_dto import TenantConnectorSettingsRequestDTO
    from .tenant_data_upload_status_response_dto import TenantDataUploadStatusResponseDTO
    from .tenant_data_upload_update_status_response_dto import TenantDataUploadUpdateStatusResponseDTO
    from .tenant_data_uploads_list_response_dto import TenantDataUploadsListResponseDTO
    from .tenant_data_uploads_response_dto import TenantDataUploadsResponseDTO
    from .tenant_data_uploads_update_response_dto import TenantDataUploadsUpdateResponseDTO
    from .tenant_source_files_list_response_dto import TenantSourceFilesListResponseDTO
    from .token_request_body import TokenRequestBody
    from .token_response import TokenResponse
    from .ultimate_auth_params_dto import UltimateAuthParamsDTO
    from .upload_data_body import UploadDataBody
    from .upload_to_exclude import UploadToExclude
    from .upload_to_include import UploadToInclude
    from .viva_glint_auth_params_dto import VivaGlintAuthParamsDTO
    from .willow_auth_params_dto import WillowAuthParamsDTO
    from .workday_auth_params_dto import WorkdayAuthParamsDTO
    from .workday_o_auth_params_dto import WorkdayOAuthParamsDTO
    from .workday_raas_auth_params_dto import WorkdayRaasAuthParamsDTO
    from .workday_refresh_token_params_dto import WorkdayRefreshTokenParamsDTO
    from .zoom_auth_params_dto import ZoomAuthParamsDTO

# model name -> the module that defines it
_MODULES = {
    "AdpAuthParamsDTO": ".adp_auth_params_dto",
    "AssignConnectorCredentialRequest": ".assign_connector_credential_request",
    "AssignConnectorCredentialsByTenantResponseDTO": ".assign_connector_credentials_by_tenant_response_dto",
    "AssignConnectorCredentialsByTenantResponseDTOStatus": ".assign_connector_credentials_by_tenant_response_dto_status",
    "AssignConnectorCredentialsResponseDTO": ".assign_connector_credentials_response_dto",
    "AssignConnectorWithCredentialsResponseDTO": ".assign_connector_with_credentials_response_dto",
    "AssignedCredentialInfoResponseDTO": ".assigned_credential_info_response_dto",
    "AuthenticationRequest": ".authentication_request",
    "BambooAuthParamsDTO": ".bamboo_auth_params_dto",
    "BasicS3AuthParamsDTO": ".basic_s3_auth_params_dto",
    "BigQueryAuthParamsDTO": ".big_query_auth_params_dto",
    "BigQueryServiceAccountParamsDTO": ".big_query_service_account_params_dto",
    "CancelJobBatchFromJobIdDTO": ".cancel_job_batch_from_job_id_dto",
    "CdkAuthParamsDTO": ".cdk_auth_params_dto",
    "Connector": ".connector",
    "ConnectorInfoResponseDTO": ".connector_info_response_dto",
    "ConnectorSettingRequestDTO": ".connector_setting_request_dto",
    "ConnectorSettingResponseDTO": ".connector_setting_response_dto",
    "ConnectorSettingsResponseDTO": ".connector_settings_response_dto",
    "ConsolidatedAnalyticsJobRequestDTO": ".consolidated_analytics_job_request_dto",
    "CopyS3AuthParamsDTO": ".copy_s3_auth_params_dto",
    "CredentialCreationAPIResponseDTO": ".credential_creation_api_response_dto",
    "DataCategoriesResponseDTO": ".data_categories_response_dto",
    "DataCategoryResponseDTO": ".data_category_response_dto",
    "DataLoadRequest": ".data_load_request",
    "DataLoadRequestModel": ".data_load_request_model",
    "DataLoadResponse": ".data_load_response",
    "DataProviderAuthInformationDTO": ".data_provider_auth_information_dto",
    "DataProviderAuthParamsDTO": ".data_provider_auth_params_dto",
    "DataProviderAuthParamsDTOAuthContext": ".data_provider_auth_params_dto_auth_context",
    "DataProviderAuthParamsDTOProvider": ".data_provider_auth_params_dto_provider",
    "DataProviderAuthParamsDTOSourceType": ".data_provider_auth_params_dto_source_type",
    "DataProviderBasicInformationDTO": ".data_provider_basic_information_dto",
    "DataProviderBasicMetadataDTO": ".data_provider_basic_metadata_dto",
    "DataTransferResultDetail": ".data_transfer_result_detail",
    "DataVersionAndDateDTO": ".data_version_and_date_dto",
    "DataVersionObject": ".data_version_object",
    "DatabricksAuthParamsDTO": ".databricks_auth_params_dto",
    "DatabricksOIDCAuthParamsDTO": ".databricks_oidc_auth_params_dto",
    "DayforceV2AuthParamsDTO": ".dayforce_v2_auth_params_dto",
    "DimensionsAuthParamsDTO": ".dimensions_auth_params_dto",
    "DirectDataJobConfigDTO": ".direct_data_job_config_dto",
    "DirectDataJobConfigDTOSupplementalMode": ".direct_data_job_config_dto_supplemental_mode",
    "DirectDataJobStatusResponseDTO": ".direct_data_job_status_response_dto",
    "DirectDataListTransactionsResponseDTO": ".direct_data_list_transactions_response_dto",
    "DirectDataLoadConfigDTO": ".direct_data_load_config_dto",
    "DirectDataSchemaDTO": ".direct_data_schema_dto",
    "DirectDataSchemaFieldDTO": ".direct_data_schema_field_dto",
    "DirectDataTransactionDTO": ".direct_data_transaction_dto",
    "DirectDataTransactionStartResponseDTO": ".direct_data_transaction_start_response_dto",
    "DirectDataUploadFileBody": ".direct_data_upload_file_body",
    "DirectDataUploadFileResponseDTO": ".direct_data_upload_file_response_dto",
    "DisableDVModel": ".disable_dv_model",
    "DisableDVRequest": ".disable_dv_request",
    "DisableDVResponse": ".disable_dv_response",
    "DispatchingJobStatusResponse": ".dispatching_job_status_response",
    "EchoAuthParamsDTO": ".echo_auth_params_dto",
    "EchoBasicAuthDTO": ".echo_basic_auth_dto",
    "EchoOAuthDTO": ".echo_o_auth_dto",
    "EmptyAuthParamsDTO": ".empty_auth_params_dto",
    "ExcludeDataUploadsRequest": ".exclude_data_uploads_request",
    "ExtractDataAndLoadDTO": ".extract_data_and_load_dto",
    "ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO": ".extract_data_and_load_dto_spill_debug_info_detail_level_dto",
    "ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO": ".extract_data_and_load_dto_spill_debug_info_partitions_dto",
    "ExtractionJob": ".extraction_job",
    "ExtractionJobAndStatusResponse": ".extraction_job_and_status_response",
    "ExtractorCredentialAPIDTO": ".extractor_credential_apidto",
    "ExtractorCredentialsAPIDTO": ".extractor_credentials_apidto",
    "ExtractorSettingAPIDTO": ".extractor_setting_apidto",
    "ExtractorSettingKeyValueAPIDTO": ".extractor_setting_key_value_apidto",
    "ExtractorSettingsAPIDTO": ".extractor_settings_apidto",
    "FusionAuthParamsDTO": ".fusion_auth_params_dto",
    "GongAuthParamsDTO": ".gong_auth_params_dto",
    "GoogleSheetsAuthParamsDTO": ".google_sheets_auth_params_dto",
    "GoogleWorkspaceAuthParamsDTO": ".google_workspace_auth_params_dto",
    "GreenhouseAuthParamsDTO": ".greenhouse_auth_params_dto",
    "IcimsAuthParamsDTO": ".icims_auth_params_dto",
    "IcimsAuthParamsDTORegion": ".icims_auth_params_dto_region",
    "ImportDefinitionAPIDTO": ".import_definition_apidto",
    "ImportDefinitionsAPIDTO": ".import_definitions_apidto",
    "IncludeDataUploadsRequest": ".include_data_uploads_request",
    "InternalS3AuthParamsDTO": ".internal_s3_auth_params_dto",
    "JdbcAuthParamsDTO": ".jdbc_auth_params_dto",
    "JiraAuthParamsDTO": ".jira_auth_params_dto",
    "JiraConnectParamsDTO": ".jira_connect_params_dto",
    "JobCancellationResultDTO": ".job_cancellation_result_dto",
    "JobCancellationResultDTOCancelStatus": ".job_cancellation_result_dto_cancel_status",
    "JobCancellationResultsDTO": ".job_cancellation_results_dto",
    "JobIdResponse": ".job_id_response",
    "JobStatusListResponse": ".job_status_list_response",
    "JobStatusWithStartTime": ".job_status_with_start_time",
    "KeyPairDeleteResponseDTO": ".key_pair_delete_response_dto",
    "KeyPairGenerateRequestDTO": ".key_pair_generate_request_dto",
    "LeverAuthParamsDTO": ".lever_auth_params_dto",
    "MedalliaAuthParamsDTO": ".medallia_auth_params_dto",
    "Microsoft365AuthParamsDTO": ".microsoft_365_auth_params_dto",
    "MultipleTenantDataVersionsDetailsDTO": ".multiple_tenant_data_versions_details_dto",
    "MultipleTenantDataVersionsListDTO": ".multiple_tenant_data_versions_list_dto",
    "MySqlAuthParamsDTO": ".my_sql_auth_params_dto",
    "NamelyAuthParamsDTO": ".namely_auth_params_dto",
    "OracleDbAuthParamsDTO": ".oracle_db_auth_params_dto",
    "PairDTO": ".pair_dto",
    "ProcessingJob": ".processing_job",
    "ProcessingJobAndStatusResponse": ".processing_job_and_status_response",
    "ProcessingJobRequestDTO": ".processing_job_request_dto",
    "ProcessingJobStatusResponse": ".processing_job_status_response",
    "PublicKeyDTO": ".public_key_dto",
    "PublicKeysDTO": ".public_keys_dto",
    "PushDataCancelResponse": ".push_data_cancel_response",
    "PushDataColumnDefinitionDTO": ".push_data_column_definition_dto",
    "PushDataCompleteRequest": ".push_data_complete_request",
    "PushDataCompleteResponse": ".push_data_complete_response",
    "PushDataResponse": ".push_data_response",
    "PushDataSourceDefinitionDTO": ".push_data_source_definition_dto",
    "PushDataSourceDefinitionsDTO": ".push_data_source_definitions_dto",
    "QualtricsAuthParamsDTO": ".qualtrics_auth_params_dto",
    "ReceivingJob": ".receiving_job",
    "ReceivingJobAndStatusResponse": ".receiving_job_and_status_response",
    "ReceivingJobExtractedFileResponseDTO": ".receiving_job_extracted_file_response_dto",
    "ReceivingJobExtractedFilesForTenantResponseDTO": ".receiving_job_extracted_files_for_tenant_response_dto",
    "ReceivingJobExtractedFilesListResponseDTO": ".receiving_job_extracted_files_list_response_dto",
    "ReceivingJobStatusResponse": ".receiving_job_status_response",
    "RedshiftAuthParamsDTO": ".redshift_auth_params_dto",
    "Result": ".result",
    "SalesforceAuthParamsDTO": ".salesforce_auth_params_dto",
    "SalesforceV2AuthParamsDTO": ".salesforce_v2_auth_params_dto",
    "ServiceNowAuthParamsDTO": ".service_now_auth_params_dto",
    "ServiceNowV2AuthParamsDTO": ".service_now_v2_auth_params_dto",
    "SetConnectorSettingRequestDTO": ".set_connector_setting_request_dto",
    "SetConnectorSettingResponseDTO": ".set_connector_setting_response_dto",
    "SetConnectorSettingResponseDTOStatus": ".set_connector_setting_response_dto_status",
    "SetConnectorSettingsRequestDTO": ".set_connector_settings_request_dto",
    "SetConnectorSettingsResponseDTO": ".set_connector_settings_response_dto",
    "SlackAuthParamsDTO": ".slack_auth_params_dto",
    "SnowflakeAuthParamsDTO": ".snowflake_auth_params_dto",
    "SnowflakeV2AuthParamsDTO": ".snowflake_v2_auth_params_dto",
    "Source": ".source",
    "SourceFileResponseDTO": ".source_file_response_dto",
    "SqlServerAuthParamsDTO": ".sql_server_auth_params_dto",
    "SSEAuthParamsDTO": ".sse_auth_params_dto",
    "StartExtractionResponse": ".start_extraction_response",
    "StartTransferResponse": ".start_transfer_response",
    "Status": ".status",
    "SubjectMissingAccessDTO": ".subject_missing_access_dto",
    "SubjectMissingAccessDTOSubject": ".subject_missing_access_dto_subject",
    "SuccessFactorsAuthParamsDTO": ".success_factors_auth_params_dto",
    "SuccessFactorsOAuthParamsDTO": ".success_factors_o_auth_params_dto",
    "Tenant": ".tenant",
    "TenantAndCredential": ".tenant_and_credential",
    "TenantConnectorSettingsRequestDTO": ".tenant_connector_settings_request_dto",
    "TenantDataUploadStatusResponseDTO": ".tenant_data_upload_status_response_dto",
    "TenantDataUploadUpdateStatusResponseDTO": ".tenant_data_upload_update_status_response_dto",
    "TenantDataUploadsListResponseDTO": ".tenant_data_uploads_list_response_dto",
    "TenantDataUploadsResponseDTO": ".tenant_data_uploads_response_dto",
    "TenantDataUploadsUpdateResponseDTO": ".tenant_data_uploads_update_response_dto",
    "TenantSourceFilesListResponseDTO": ".tenant_source_files_list_response_dto",
    "TokenRequestBody": ".token_request_body",
    "TokenResponse": ".token_response",
    "UltimateAuthParamsDTO": ".ultimate_auth_params_dto",
    "UploadDataBody": ".upload_data_body",
    "UploadToExclude": ".upload_to_exclude",
    "UploadToInclude": ".upload_to_include",
    "VivaGlintAuthParamsDTO": ".viva_glint_auth_params_dto",
    "WillowAuthParamsDTO": ".willow_auth_params_dto",
    "WorkdayAuthParamsDTO": ".workday_auth_params_dto",
    "WorkdayOAuthParamsDTO": ".workday_o_auth_params_dto",
    "WorkdayRaasAuthParamsDTO": ".workday_raas_auth_params_dto",
    "WorkdayRefreshTokenParamsDTO": ".workday_refresh_token_params_dto",
    "ZoomAuthParamsDTO": ".zoom_auth_params_dto",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "AdpAuthParamsDTO",
    "AssignConnectorCredentialRequest",
    "AssignConnectorCredentialsByTenantResponseDTO",
    "AssignConnectorCredentialsByTenantResponseDTOStatus",
    "AssignConnectorCredentialsResponseDTO",
    "AssignConnectorWithCredentialsResponseDTO",
    "AssignedCredentialInfoResponseDTO",
    "AuthenticationRequest",
    "BambooAuthParamsDTO",
    "BasicS3AuthParamsDTO",
    "BigQueryAuthParamsDTO",
    "BigQueryServiceAccountParamsDTO",
    "CancelJobBatchFromJobIdDTO",
    "CdkAuthParamsDTO",
    "Connector",
    "ConnectorInfoResponseDTO",
    "ConnectorSettingRequestDTO",
    "ConnectorSettingResponseDTO",
    "ConnectorSettingsResponseDTO",
    "ConsolidatedAnalyticsJobRequestDTO",
    "CopyS3AuthParamsDTO",
    "CredentialCreationAPIResponseDTO",
    "DatabricksAuthParamsDTO",
    "DatabricksOIDCAuthParamsDTO",
    "DataCategoriesResponseDTO",
    "DataCategoryResponseDTO",
    "DataLoadRequest",
    "DataLoadRequestModel",
    "DataLoadResponse",
    "DataProviderAuthInformationDTO",
    "DataProviderAuthParamsDTO",
    "DataProviderAuthParamsDTOAuthContext",
    "DataProviderAuthParamsDTOProvider",
    "DataProviderAuthParamsDTOSourceType",
    "DataProviderBasicInformationDTO",
    "DataProviderBasicMetadataDTO",
    "DataTransferResultDetail",
    "DataVersionAndDateDTO",
    "DataVersionObject",
    "DayforceV2AuthParamsDTO",
    "DimensionsAuthParamsDTO",
    "DirectDataJobConfigDTO",
    "DirectDataJobConfigDTOSupplementalMode",
    "DirectDataJobStatusResponseDTO",
    "DirectDataListTransactionsResponseDTO",
    "DirectDataLoadConfigDTO",
    "DirectDataSchemaDTO",
    "DirectDataSchemaFieldDTO",
    "DirectDataTransactionDTO",
    "DirectDataTransactionStartResponseDTO",
    "DirectDataUploadFileBody",
    "DirectDataUploadFileResponseDTO",
    "DisableDVModel",
    "DisableDVRequest",
    "DisableDVResponse",
    "DispatchingJobStatusResponse",
    "EchoAuthParamsDTO",
    "EchoBasicAuthDTO",
    "EchoOAuthDTO",
    "EmptyAuthParamsDTO",
    "ExcludeDataUploadsRequest",
    "ExtractDataAndLoadDTO",
    "ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO",
    "ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO",
    "ExtractionJob",
    "ExtractionJobAndStatusResponse",
    "ExtractorCredentialAPIDTO",
    "ExtractorCredentialsAPIDTO",
    "ExtractorSettingAPIDTO",
    "ExtractorSettingKeyValueAPIDTO",
    "ExtractorSettingsAPIDTO",
    "FusionAuthParamsDTO",
    "GongAuthParamsDTO",
    "GoogleSheetsAuthParamsDTO",
    "GoogleWorkspaceAuthParamsDTO",
    "GreenhouseAuthParamsDTO",
    "IcimsAuthParamsDTO",
    "IcimsAuthParamsDTORegion",
    "ImportDefinitionAPIDTO",
    "ImportDefinitionsAPIDTO",
    "IncludeDataUploadsRequest",
    "InternalS3AuthParamsDTO",
    "JdbcAuthParamsDTO",
    "JiraAuthParamsDTO",
    "JiraConnectParamsDTO",
    "JobCancellationResultDTO",
    "JobCancellationResultDTOCancelStatus",
    "JobCancellationResultsDTO",
    "JobIdResponse",
    "JobStatusListResponse",
    "JobStatusWithStartTime",
    "KeyPairDeleteResponseDTO",
    "KeyPairGenerateRequestDTO",
    "LeverAuthParamsDTO",
    "MedalliaAuthParamsDTO",
    "Microsoft365AuthParamsDTO",
    "MultipleTenantDataVersionsDetailsDTO",
    "MultipleTenantDataVersionsListDTO",
    "MySqlAuthParamsDTO",
    "NamelyAuthParamsDTO",
    "OracleDbAuthParamsDTO",
    "PairDTO",
    "ProcessingJob",
    "ProcessingJobAndStatusResponse",
    "ProcessingJobRequestDTO",
    "ProcessingJobStatusResponse",
    "PublicKeyDTO",
    "PublicKeysDTO",
    "PushDataCancelResponse",
    "PushDataColumnDefinitionDTO",
    "PushDataCompleteRequest",
    "PushDataCompleteResponse",
    "PushDataResponse",
    "PushDataSourceDefinitionDTO",
    "PushDataSourceDefinitionsDTO",
    "QualtricsAuthParamsDTO",
    "ReceivingJob",
    "ReceivingJobAndStatusResponse",
    "ReceivingJobExtractedFileResponseDTO",
    "ReceivingJobExtractedFilesForTenantResponseDTO",
    "ReceivingJobExtractedFilesListResponseDTO",
    "ReceivingJobStatusResponse",
    "RedshiftAuthParamsDTO",
    "Result",
    "SalesforceAuthParamsDTO",
    "SalesforceV2AuthParamsDTO",
    "ServiceNowAuthParamsDTO",
    "ServiceNowV2AuthParamsDTO",
    "SetConnectorSettingRequestDTO",
    "SetConnectorSettingResponseDTO",
    "SetConnectorSettingResponseDTOStatus",
    "SetConnectorSettingsRequestDTO",
    "SetConnectorSettingsResponseDTO",
    "SlackAuthParamsDTO",
    "SnowflakeAuthParamsDTO",
    "SnowflakeV2AuthParamsDTO",
    "Source",
    "SourceFileResponseDTO",
    "SqlServerAuthParamsDTO",
    "SSEAuthParamsDTO",
    "StartExtractionResponse",
    "StartTransferResponse",
    "Status",
    "SubjectMissingAccessDTO",
    "SubjectMissingAccessDTOSubject",
    "SuccessFactorsAuthParamsDTO",
    "SuccessFactorsOAuthParamsDTO",
    "Tenant",
    "TenantAndCredential",
    "TenantConnectorSettingsRequestDTO",
    "TenantDataUploadsListResponseDTO",
    "TenantDataUploadsResponseDTO",
    "TenantDataUploadStatusResponseDTO",
    "TenantDataUploadsUpdateResponseDTO",
    "TenantDataUploadUpdateStatusResponseDTO",
    "TenantSourceFilesListResponseDTO",
    "TokenRequestBody",
    "TokenResponse",
    "UltimateAuthParamsDTO",
    "UploadDataBody",
    "UploadToExclude",
    "UploadToInclude",
    "VivaGlintAuthParamsDTO",
    "WillowAuthParamsDTO",
    "WorkdayAuthParamsDTO",
    "WorkdayOAuthParamsDTO",
    "WorkdayRaasAuthParamsDTO",
    "WorkdayRefreshTokenParamsDTO",
    "ZoomAuthParamsDTO",
)
