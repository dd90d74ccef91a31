"""Facts stated by the spec (visier-data-handling.yaml), read by generator/facts.py. Do not edit."""

# fileUpload's path
UPLOAD_PATH: str = "/v1/data/upload/files/{filename}"

# fileUpload's filename: the regular expression a data file's name matches
UPLOAD_FILENAME_PATTERN: str = (
    "^[^/\\\\]+\\.([zZ][iI][pP]|[cC][sS][vV]|[xX][lL][sS][xX]?)(\\.([gG][pP][gG]|[pP][gG][pP]))?$"
)

# fileUpload's largest file, in bytes (x-max-bytes on its request body)
UPLOAD_MAX_BYTES: int = 524288000

# cancelJobs: the most job IDs one call takes (jobIds maxItems)
CANCEL_JOBS_MAX_IDS: int = 500

# disableDv: the most data versions one call disables (model.dataVersionObjects maxItems)
DISABLE_DV_MAX_OBJECTS: int = 1000

# asidTokenAuthentication's path
ASID_SIGN_IN_PATH: str = "/v1/admin/visierSecureToken"

# oauth2Token's path
OAUTH_TOKEN_PATH: str = "/v1/auth/oauth2/token"

# jobStatus's status filter: the job statuses the spec names (x-known-values; the service may add more)
JOB_STATUSES: tuple[str, ...] = (
    "Pending",
    "Running",
    "Succeeded",
    "Failed",
    "Error",
    "Cancelling",
    "Cancelled",
    "RolledBack",
    "Rescheduling",
    "Rescheduled",
)

# uploadFile (Direct Data Intake): the file types a transaction takes (x-file-extensions on its file)
INTAKE_FILE_EXTENSIONS: tuple[str, ...] = ("csv", "zip")

# Direct Data Intake's draftId when none is given (x-sdk-default: the only draft the service takes today)
INTAKE_DRAFT_ID: str = "prod"

# uploadFile's path (Direct Data Intake: a file for one object of a transaction)
INTAKE_UPLOAD_PATH: str = "/v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}"

# pushData (Data Intake): the most records one batch holds (x-max-records on its body)
TRANSFER_BATCH_MAX_RECORDS: int = 300000

# pushData (Data Intake): the largest batch, in bytes (x-max-bytes on its body)
TRANSFER_BATCH_MAX_BYTES: int = 10000000

# pushData and uploadData: the largest sequence number (a uint32; the smallest is 0)
TRANSFER_SEQUENCE_MAXIMUM: int = 4294967295

# uploadData (Data Intake): the largest file, in bytes (x-max-bytes on its body)
TRANSFER_FILE_MAX_BYTES: int = 3000000000

# uploadData (Data Intake): the file types a transfer session takes (x-file-extensions on its file)
TRANSFER_FILE_EXTENSIONS: tuple[str, ...] = ("csv", "zip")

# uploadData's path (Data Intake: a file for a transfer session)
TRANSFER_UPLOAD_PATH: str = "/v1/op/data-transfer-sessions/{transferSessionId}/upload"

# generatePgpKeyPair: the soonest a new key pair may expire, in years from now
PGP_KEY_MIN_EXPIRY_YEARS: int = 2

# generatePgpKeyPair: the latest a new key pair may expire, in years from now
PGP_KEY_MAX_EXPIRY_YEARS: int = 10

# generatePgpKeyPair: when a new key pair expires, in years, if no date is given (the service's default)
PGP_KEY_DEFAULT_EXPIRY_YEARS: int = 2

# a PGP key pair's ID: the regular expression it matches (16 hexadecimal digits)
PGP_KEY_ID_PATTERN: str = "^[0-9A-Fa-f]{16}$"

# the cookie an ASID token is sent in (the apiKey security scheme in a cookie)
ASID_COOKIE_NAME: str = "VisierASIDToken"

# per paged operation: the largest limit it takes, where the spec states one
PAGE_LIMIT_MAXIMUM: dict[str, int] = {
    "retrieve_receiving_job_extracted_files": 1000,
    "retrieve_tenant_source_files": 1000,
}

# per paged operation: the limit the service uses when none is sent, where stated
PAGE_LIMIT_SERVICE_DEFAULT: dict[str, int] = {
    "retrieve_data_uploads": 1000,
    "retrieve_receiving_job_extracted_files": 500,
    "retrieve_tenant_source_files": 500,
}
