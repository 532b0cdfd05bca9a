#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "profile/sme_table.hpp"
#include "support/scratch_folder.hpp"
#include "util/embedded_files.hpp"

using qb::LoadError;
using qb::profile::load_sme_table_text;

namespace {

std::vector<qb::Diagnostic> table_errors(const std::string& yaml)
{
  try {
    load_sme_table_text(yaml, "t.yaml");
  } catch (const LoadError& error) {
    return error.diagnostics();
  }
  FAIL("the table loaded without errors");
  return {};
}

} // namespace

TEST_CASE("the built-in SME table loads with its sixteen industries", "[profile][sme]")
{
  const auto table = qb::profile::load_sme_table_for("sme-2011.yaml");
  CHECK(table.standard == "工信部联企业〔2011〕300号");
  CHECK(table.industries.size() == 16);
  const auto* industry = table.find("工业");
  REQUIRE(industry != nullptr);
  CHECK(table.find("制造业") == industry);
  CHECK(industry->figures().size() == 2);
  CHECK(table.find("不存在的行业") == nullptr);
}

TEST_CASE("a table with mistakes reports each with its line", "[profile][sme]")
{
  const auto errors = table_errors(R"(standard: x
industries:
  - name: 工业
    large: {employees: 1000, revenu: 40000}
    medium: {employees: 300, revenue: 2000}
  - name: 建筑业
    medium: {revenue: 6000}
    small: {revenue: 7000}
    colour: red
  - name: 工业
    large: {employees: 10}
    medium: {employees: 5}
    small: {employees: x}
)");
  auto on_line = [&](int line, const std::string& fragment) {
    return std::any_of(errors.begin(), errors.end(), [&](const qb::Diagnostic& d) {
      return d.where.line == line && d.message.zh.find(fragment) != std::string::npos;
    });
  };
  CHECK(on_line(4, "未知的指标“revenu”"));
  CHECK(on_line(3, "缺少“small”"));
  CHECK(on_line(6, "缺少“large”"));
  CHECK(on_line(8, "高于上一档"));
  CHECK(on_line(9, "未知的字段“colour”"));
  CHECK(on_line(10, "重复（第一次在第 3 行）"));
  CHECK(on_line(13, "应为数字"));
}

TEST_CASE("a table without industries is refused", "[profile][sme]")
{
  CHECK(table_errors("standard: x\n")[0].message.zh.find("没有任何行业") != std::string::npos);
  CHECK_FALSE(table_errors("industries: [\n").empty());
}

TEST_CASE("an unknown table file with no built-in copy is an error", "[profile][sme]")
{
  CHECK_THROWS_AS(qb::profile::load_sme_table_for("/nonexistent/sme-1999.yaml"), LoadError);
}

TEST_CASE("a rule set's SME table: the built-in one on first use, a file's at once", "[profile][sme]")
{
  using qb::profile::SmeTableSource;
  const auto same = [](const qb::profile::SmeTable& a, const qb::profile::SmeTable& b) {
    REQUIRE(a.standard == b.standard);
    REQUIRE(a.names() == b.names());
    for (const auto& name : a.names()) {
      const auto* x = a.find(name);
      const auto* y = b.find(name);
      REQUIRE(x->includes == y->includes);
      REQUIRE(x->where.file == y->where.file);
      REQUIRE(x->where.line == y->where.line);
      using Tier = std::vector<qb::profile::SmeBound>;
      const std::pair<const Tier*, const Tier*> tiers[] = {
          {&x->large, &y->large}, {&x->medium, &y->medium}, {&x->small, &y->small}};
      for (const auto& [p, q] : tiers) {
        REQUIRE(p->size() == q->size());
        for (std::size_t i = 0; i < p->size(); ++i) {
          REQUIRE((*p)[i].figure == (*q)[i].figure);
          REQUIRE((*p)[i].min == (*q)[i].min);
        }
      }
    }
  };
  // The names a rule set gives for the built-in copy (a bare name, none, or a folder without the file).
  for (const char* file : {"sme-2011.yaml", "", "/nonexistent/sme-2011.yaml"}) {
    INFO(file);
    const SmeTableSource source(file);
    CHECK(source.is_builtin());
    same(source.table(), qb::profile::load_sme_table_for(file));
  }
  // Anything else is loaded at once, so that its errors are the rule set's.
  const qb::test::ScratchFolder dir("sme-source-test");
  const auto copy = dir / "sme-2011.yaml";
  std::ofstream(copy) << *qb::util::find_embedded_file("sme-2011.yaml");
  const SmeTableSource from_file(copy.string());
  CHECK_FALSE(from_file.is_builtin());
  same(from_file.table(), qb::profile::load_sme_table_for(copy.string()));
  std::ofstream(copy) << "standard: x\n";
  CHECK_THROWS_AS(SmeTableSource(copy.string()), LoadError);
  CHECK_THROWS_AS(SmeTableSource("sizes.yaml"), LoadError); // built in, but not an SME table
  CHECK_THROWS_AS(SmeTableSource("/nonexistent/sme-1999.yaml"), LoadError);
}
