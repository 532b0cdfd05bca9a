#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace YAML {
class Node;
}

namespace qb::rules {

class DataTree;
struct DataNode;

// Whether a missing key is an error.
enum class Need { optional, required };

// Typed, strict access to the kind-specific keys of one YAML mapping (a rule, or a nested map inside it).
// Every problem (missing required key, wrong type, bad value) is recorded as a Diagnostic with the key's
// file:line:col; reading never throws. After a kind's factory has read its keys, the loader calls
// report_unknown_keys(), which flags every key nobody read (with "did you mean" for near-misses).
// This is the only way kinds see YAML: their factories turn it into typed fields so evaluate() never does.
class ParamReader
{
public:
  // Reads `node`, a node of `tree` (which the reader keeps alive).
  ParamReader(std::shared_ptr<const DataTree> tree, const DataNode& node, std::string file,
              std::vector<Diagnostic>& diagnostics);
  // Reads a copy of a yaml-cpp node (see DataTree: its aliases must be bounded, as parse_yaml makes sure).
  ParamReader(const YAML::Node& node, std::string file, std::vector<Diagnostic>& diagnostics);
  ~ParamReader();
  ParamReader(ParamReader&&) noexcept;

  bool has(std::string_view key) const;

  std::optional<std::string> string(std::string_view key, Need need = Need::optional);
  std::optional<double> number(std::string_view key, Need need = Need::optional);
  std::optional<std::int64_t> integer(std::string_view key, Need need = Need::optional);
  std::optional<bool> boolean(std::string_view key, Need need = Need::optional);
  // A scalar or a sequence of scalars, as strings.
  std::vector<std::string> string_list(std::string_view key, Need need = Need::optional);
  // A string that must be one of `allowed` (reported with "did you mean" otherwise).
  std::optional<std::string> choice(std::string_view key, const std::vector<std::string>& allowed,
                                    Need need = Need::optional);
  // A {zh, en} mapping, or a plain string used for both languages.
  std::optional<LocalizedText> localized(std::string_view key, Need need = Need::optional);
  // A nested mapping, read with the same rules (its unknown keys are reported too).
  std::optional<ParamReader> child(std::string_view key, Need need = Need::optional);
  // Each element of a sequence of mappings.
  std::vector<ParamReader> children(std::string_view key, Need need = Need::optional);

  // Where `key` is (or the mapping itself when `key` is empty / absent).
  SourceLocation location(std::string_view key = {}) const;
  // Records a problem with the value of `key`; `message` comes from the catalogue.
  void error(std::string_view key, LocalizedText message);

  // Flags every key not read so far; called by the loader after the factory returns.
  void report_unknown_keys();
  // Stops report_unknown_keys() from flagging this mapping's keys (e.g. a rule whose kind is unknown, whose
  // keys cannot be judged). Nested mappings read before this call are still checked.
  void ignore_unknown_keys();

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

} // namespace qb::rules
