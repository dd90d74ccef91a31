"""Uploading local files through the generated operations: fileUpload (``_flows/upload``) and Direct Data Intake's
uploadFile (:mod:`.intake`), both streamed from disk with progress through the one caller."""
