from enum import StrEnum


class DataProviderAuthParamsDTOProvider(StrEnum):
    ADP = "ADP"
    BAMBOO = "Bamboo"
    BASICS3 = "BasicS3"
    BIGQUERY = "BigQuery"
    CDK = "Cdk"
    COPYS3 = "CopyS3"
    DATABRICKS = "Databricks"
    DAYFORCEV2 = "DayforceV2"
    DIMENSIONS = "Dimensions"
    ECHO = "Echo"
    FUSION = "Fusion"
    GONG = "Gong"
    GOOGLEACTIVITYREPORT = "GoogleActivityReport"
    GOOGLECALENDAR = "GoogleCalendar"
    GOOGLESHEETS = "GoogleSheets"
    GOOGLEWORKSPACE = "GoogleWorkspace"
    GREENHOUSE = "Greenhouse"
    ICIMS = "Icims"
    ICIMSPARTNERPROVIDERREDSHIFT = "IcimsPartnerProviderRedshift"
    ICIMSV2 = "IcimsV2"
    INTERNALS3 = "InternalS3"
    JDBC = "Jdbc"
    JIRA = "Jira"
    JIRAV2 = "JiraV2"
    LEVER = "Lever"
    MEDALLIA = "Medallia"
    MICROSOFT365 = "Microsoft365"
    MYSQL = "MySql"
    NAMELY = "Namely"
    OEMCORNERSTONE = "OEMCornerstone"
    ORACLEDB = "OracleDb"
    QUALTRICS = "Qualtrics"
    REDSHIFT = "Redshift"
    SALESFORCE = "Salesforce"
    SALESFORCEV2 = "SalesforceV2"
    SERVICENOW = "ServiceNow"
    SERVICENOWV2 = "ServiceNowV2"
    SLACK = "Slack"
    SMARTRECRUITERS = "SmartRecruiters"
    SNOWFLAKE = "Snowflake"
    SNOWFLAKEV2 = "SnowflakeV2"
    SQLSERVER = "SqlServer"
    SSE = "SSE"
    SUCCESSFACTORS = "SuccessFactors"
    UKG = "UKG"
    UKGV2 = "UKGV2"
    VIVAGLINT = "VivaGlint"
    WILLOW = "Willow"
    WORKDAY = "Workday"
    WORKDAYRAAS = "WorkdayRaas"
    WORKDAYV2 = "WorkdayV2"
    WORKDAYWQL = "WorkdayWQL"
    ZOOM = "Zoom"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DataProviderAuthParamsDTOProvider | None":
        # The service adds values over time: keep an unknown one instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNRECOGNIZED"
        member._value_ = value
        return member
