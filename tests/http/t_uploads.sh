#!/usr/bin/env bash
# Uploads of materials' files: multipart with its own size limit, stored once
# by content hash, only real PDF/OFD/PNG/JPEG bytes accepted.
. "$(dirname "$0")/lib.sh"
ALLOW_ERRORS=1 # the fixture county "broken" fails to load on purpose
CATALOGS=tests/fixtures/http start_server --upload-limit 65536 || exit 1
U=/api/v1/counties/alpha/uploads
printf '%%PDF-1.4\n%% a small test document\n%%%%EOF\n' >"$T/a.pdf"
printf '\x89PNG\r\n\x1a\n0000' >"$T/b.png"

req POST $U -F "sqs=@$T/a.pdf;filename=申请书.pdf" -F "zc=@$T/b.png" -F note=hello
expect_status upload_accepted 201
expect_json upload_lists_files '.files | length' 2
expect_json upload_keeps_chinese_filename '.files[0].filename' 申请书.pdf
expect_json upload_sniffs_pdf '.files[0].content_type' application/pdf
expect_json upload_sniffs_png '.files[1].content_type' image/png
expect_json upload_hash_is_blake2b '.files[0].hash | length' 64
expect_json first_upload_is_new '.files[0].new' true
req POST $U -F "again=@$T/a.pdf"
expect_json same_bytes_stored_once '.files[0].new' false

printf 'MZ this is an executable' >"$T/x.exe"
req POST $U -F "sqs=@$T/x.exe;type=application/pdf"
expect_error claimed_type_is_not_trusted 415 unsupported_file_type
req_json POST $U '{"not":"multipart"}'
expect_error json_is_not_an_upload 415 unsupported_media_type
req POST $U -H 'Content-Type: multipart/form-data; boundary=zzz' --data-binary 'garbage'
expect_error malformed_multipart_names_offset 400 bad_multipart
req POST $U -F note=only-a-field
expect_error upload_without_file_is_400 400 no_files
head -c 70000 /dev/zero | sed 's/^/%PDF-/' >"$T/big.pdf"
req POST $U -F "sqs=@$T/big.pdf"
expect_error upload_over_its_limit_is_413 413 body_too_large
req POST /api/v1/counties/nowhere/uploads -F "sqs=@$T/a.pdf"
expect_error upload_to_unknown_county_is_404 404 county_not_found
expect_true uploads_stored_by_hash test "$(sqlite3 "$T/banshi.db" 'select count(*) from uploads')" = 2
stop_server
