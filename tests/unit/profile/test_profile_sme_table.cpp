#include <catch2/catch.hpp>

#include <algorithm>

#include "profile/sme_table.hpp"
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
