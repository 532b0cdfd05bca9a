#pragma once

#include <sstream>
#include <string>

#include "core/result.hpp"
#include "report/formats.hpp"

// A hand-built run shared by the writer tests: a failing document whose texts need escaping in every format,
// a passing one, an unreadable one, a batch result and a notice.
namespace qb::report::test {

inline RuleResult make_rule(std::string id, Level level, Outcome outcome, std::string message)
{
  RuleResult result;
  result.rule_id = std::move(id);
  result.kind = "part_length";
  result.level = level;
  result.outcome = outcome;
  result.title = {"标题 " + result.rule_id, "title " + result.rule_id};
  result.message = {message, message};
  result.source = "附件2 一（一）2";
  return result;
}

inline RunResult sample_run()
{
  RunResult run;
  run.ruleset = {"caq-2020",
                 {"2020 年通知", "2020 notice"},
                 "中国质量协会 2020",
                 "<built-in>",
                 "word",
                 {{"summary", {"摘要", "Abstract"}, 500}, {"overview", {"企业概况", "Overview"}, 1000}}};

  DocumentResult failing;
  failing.file = "申报/a,\"b\"<x>.docx";
  failing.status = DocumentStatus::fail;
  failing.counting_mode = "word";
  failing.parts = {{"summary", {"摘要", "Abstract"}, 512, 500},
                   {"overview", {"企业概况", "Overview"}, 449, 1000}};
  auto length =
      make_rule("summary.length", Level::error, Outcome::fail, "摘要 512 字，超出 12 字 <b>&\"50%\"\nnext");
  length.actual = "512";
  length.expected = "≤ 500";
  length.locations.push_back({"summary", 3, "本公司以精益, \"六西格玛\"", {}});
  failing.results.push_back(length);
  failing.results.push_back(make_rule("style.body", Level::warning, Outcome::fail, "正文字体不是宋体"));
  failing.results.push_back(
      make_rule("profile.revenue", Level::error, Outcome::not_checked, "未提供申报单位信息"));
  auto waived = make_rule("page.size", Level::error, Outcome::waived, "纸张不是 A4");
  waived.waiver_reason = {"局方同意", "accepted by the bureau"};
  failing.results.push_back(waived);
  failing.results.push_back(make_rule("title.length", Level::error, Outcome::pass, ""));
  run.documents.push_back(failing);

  DocumentResult passing;
  passing.file = "b.docx";
  passing.status = DocumentStatus::pass;
  passing.counting_mode = "word";
  passing.parts = {{"summary", {"摘要", "Abstract"}, 374, 500},
                   {"overview", {"企业概况", "Overview"}, std::nullopt, 1000}};
  passing.results.push_back(make_rule("summary.length", Level::error, Outcome::pass, ""));
  run.documents.push_back(passing);

  DocumentResult broken;
  broken.file = "c.doc";
  broken.status = DocumentStatus::error;
  broken.error =
      DocumentError{"input.legacy_doc", {"c.doc：这是旧版 Word 文件", "c.doc: a Word 97-2003 file"}};
  run.documents.push_back(broken);

  run.batch_results.push_back(
      make_rule("batch.one_per_recommender", Level::error, Outcome::fail, "推荐单位重复"));
  run.notices.push_back({"batch.lock_file_skipped", {"~$a.docx：已跳过", "~$a.docx: skipped"}});
  return run;
}

inline std::string render(const char* format, const RunResult& run, Lang lang = Lang::zh)
{
  std::ostringstream out;
  write_report(*find_format(format), run, ReportOptions{lang, false, "9.9.9"}, out);
  return out.str();
}

} // namespace qb::report::test
