"""PGP encryption of files before they are uploaded: the key to encrypt for, and the encryption itself."""
