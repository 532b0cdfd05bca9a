#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/input_error.hpp"

namespace qb::docx {

// What the first bytes of a file say before any zip parsing.
struct Sniff
{
  std::optional<InputErrorCode> refusal; // empty: the file starts like a zip and may be opened as one
  std::string detail;                    // the system's reason for `unreadable`, else empty
};

// Classifies `path` from stat and its first bytes: not_found, is_directory, unreadable, empty_file,
// legacy_doc / encrypted (OLE2 compound file, encrypted when its directory holds an "EncryptedPackage"
// stream), pdf, rtf, plain_text (anything else that is not "PK\3\4" or "PK\5\6"); unreadable also for a FIFO
// or a device, which are never opened. Never throws.
Sniff sniff_file(const std::filesystem::path& path);

// sniff_file in two steps, for a file that is to be read whole anyway: what stat says (not_found,
// unreadable, is_directory, or unreadable for anything but a regular file, which is never opened; nullopt
// for a regular file), then the verdict from the file's bytes (its first 1 KiB counts), once they are read.
// `path` is opened again only for an OLE2 file (ole2_has_encrypted_package).
std::optional<Sniff> sniff_status(const std::filesystem::path& path);
Sniff sniff_head(const std::filesystem::path& path, std::string_view bytes);

// True when the OLE2 compound file at `path` has a directory entry named "EncryptedPackage" (how Office
// stores a password-protected .docx). Follows the directory sector chain through the FAT, bounded by the
// file's sector count and with every offset checked; false for a corrupt or truncated compound file.
bool ole2_has_encrypted_package(const std::filesystem::path& path);

} // namespace qb::docx
