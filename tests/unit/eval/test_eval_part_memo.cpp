// The outline remembers, per document, where each paragraph lies and every part's counts (one pass for all
// parts and both modes). These tests compare what it remembers with the per-call walks it replaced, on
// outlines no rule set would build: overlapping spans, headings inside other spans, text boxes hanging from
// headings, notes without anchors or anchored past the end.
#include <catch2/catch.hpp>

#include <optional>

#include "eval/caption.hpp"
#include "eval/part_counter.hpp"
#include "unit/eval/model_builder.hpp"

using namespace qb;
using qb::test::ModelBuilder;

namespace {

// count_part as it was before the outline remembered part counts: a walk over the document per call.
text::Counts walked_count(const model::Document& document, const eval::Outline& outline, std::string_view id,
                          text::CountingMode mode, const eval::PartInclusion& inclusion)
{
  text::Counts counts;
  const eval::PartSpan* span = outline.find(id);
  if (span == nullptr) {
    return counts;
  }
  const auto in_span = [&](std::size_t index) {
    return index >= span->first && index < span->end && !(span->heading && *span->heading == index);
  };
  const auto included = [&](const model::Paragraph& paragraph) {
    switch (paragraph.story) {
    case model::Story::textbox: return inclusion.textboxes;
    case model::Story::footnote: return inclusion.footnotes;
    case model::Story::endnote: return inclusion.endnotes;
    case model::Story::main: break;
    }
    if (paragraph.cell) {
      return inclusion.tables;
    }
    return inclusion.captions || !eval::parse_caption(paragraph);
  };
  for (const auto& paragraph : document.paragraphs) {
    std::size_t where = paragraph.index;
    if (paragraph.story != model::Story::main) {
      if (!paragraph.anchor) {
        continue;
      }
      where = *paragraph.anchor;
      if (span->heading && *span->heading == where) {
        where = span->first;
      }
    }
    if (in_span(where) && included(paragraph)) {
      counts += text::count_paragraph(paragraph, mode);
    }
  }
  return counts;
}

// part_of as it was: the first span holding the paragraph (or its anchor), as heading or in its range.
const eval::PartSpan* walked_part_of(const model::Document& document, const eval::Outline& outline,
                                     std::size_t paragraph)
{
  if (paragraph >= document.paragraphs.size()) {
    return nullptr;
  }
  const auto& item = document.paragraphs[paragraph];
  std::size_t index = paragraph;
  if (item.story != model::Story::main) {
    if (!item.anchor) {
      return nullptr;
    }
    index = *item.anchor;
  }
  for (const auto& span : outline.parts()) {
    if ((span.heading && *span.heading == index) || (index >= span.first && index < span.end)) {
      return &span;
    }
  }
  return nullptr;
}

model::Document tricky_document()
{
  auto document = ModelBuilder()
                      .title("标题文字")
                      .heading("摘要", "一、")
                      .paragraph("正文十个字正文十个字 and words")
                      .table({{"一二", "三 four"}, {"表格", ""}})
                      .caption("表1 数据")
                      .caption("图2 figure")
                      .textbox("框内")
                      .textbox("框二 two")
                      .footnote("脚注三")
                      .endnote("尾注 note")
                      .heading("企业概况")
                      .paragraph("概况“引号”……")
                      .hidden_text("隐藏")
                      .paragraph("")
                      .build();
  // Anchors no reader writes: on a heading, before the first part, past the end, none at all.
  std::size_t anchored = 0;
  const std::vector<std::optional<std::size_t>> anchors{1, 0, std::nullopt, 999, 10};
  for (auto& paragraph : document.paragraphs) {
    if (paragraph.story != model::Story::main) {
      paragraph.anchor = anchors[anchored++ % anchors.size()];
    }
  }
  return document;
}

std::vector<eval::Outline> tricky_outlines(std::size_t paragraphs)
{
  using eval::PartSpan;
  return {
      eval::Outline({PartSpan{"title", std::nullopt, 0, 1}, PartSpan{"summary", 1, 2, 10},
                     PartSpan{"overview", 10, 11, paragraphs}}),
      // Overlapping spans, a heading inside another span, a span past the end, an empty span, an id twice.
      eval::Outline({PartSpan{"summary", 3, 0, 8}, PartSpan{"overview", 5, 4, 12},
                     PartSpan{"method", 1, 7, 999}, PartSpan{"results", std::nullopt, 6, 6},
                     PartSpan{"summary", 2, 2, 4}}),
      eval::Outline(std::vector<PartSpan>{}),
  };
}

} // namespace

TEST_CASE("remembered part counts are the per-part walks, for every inclusion, mode and odd outline",
          "[eval]")
{
  const auto document = tricky_document();
  for (const auto& outline : tricky_outlines(document.paragraphs.size())) {
    for (unsigned bits = 0; bits < 32; ++bits) {
      eval::PartInclusion inclusion;
      inclusion.tables = (bits & 1) != 0;
      inclusion.captions = (bits & 2) != 0;
      inclusion.textboxes = (bits & 4) != 0;
      inclusion.footnotes = (bits & 8) != 0;
      inclusion.endnotes = (bits & 16) != 0;
      for (const char* id : {"title", "summary", "overview", "method", "results", "absent"}) {
        for (const auto mode : {text::CountingMode::word, text::CountingMode::wps}) {
          INFO(id << " inclusion " << bits << " mode " << static_cast<int>(mode));
          const auto expected = walked_count(document, outline, id, mode, inclusion);
          const auto counts = eval::count_part(document, outline, id, mode, inclusion);
          CHECK(counts.words == expected.words);
          CHECK(counts.asian == expected.asian);
          CHECK(counts.non_asian_words == expected.non_asian_words);
          CHECK(counts.characters == expected.characters);
          CHECK(counts.characters_with_spaces == expected.characters_with_spaces);
          CHECK(counts.hanzi == expected.hanzi);
        }
      }
    }
  }
}

TEST_CASE("remembered paragraph places are the per-call walks over the spans", "[eval]")
{
  const auto document = tricky_document();
  for (const auto& outline : tricky_outlines(document.paragraphs.size())) {
    const auto& places = outline.places(document);
    REQUIRE(places.size() == document.paragraphs.size());
    for (std::size_t i = 0; i < document.paragraphs.size() + 2; ++i) {
      INFO(i);
      const eval::PartSpan* expected = walked_part_of(document, outline, i);
      CHECK(outline.part_of(document, i) == expected);
      const std::size_t index = outline.part_index(document, i);
      CHECK(index == (expected == nullptr ? eval::Outline::k_no_part
                                          : static_cast<std::size_t>(expected - outline.parts().data())));
      CHECK(outline.is_heading(document, i) == outline.is_heading(i));
    }
  }
}

TEST_CASE("an outline asked about another document forgets the places and counts it remembered", "[eval]")
{
  const auto first = tricky_document();
  auto second = tricky_document();
  second.paragraphs[2].runs.front().text = "另一段更长的正文内容";
  second.paragraphs[2].visible_text.reset();
  const auto outlines = tricky_outlines(first.paragraphs.size());
  const auto& outline = outlines.front();
  for (const model::Document* document : {&first, static_cast<const model::Document*>(&second), &first}) {
    CHECK(eval::count_part(*document, outline, "summary", text::CountingMode::word).words ==
          walked_count(*document, outline, "summary", text::CountingMode::word, {}).words);
  }
  // A document with other paragraphs at the same address is another document.
  auto changing = tricky_document();
  CHECK(outline.places(changing).size() == changing.paragraphs.size());
  changing.paragraphs.resize(3);
  CHECK(outline.places(changing).size() == 3);
  CHECK(outline.part_of(changing, 2) == walked_part_of(changing, outline, 2));
  CHECK(eval::count_part(changing, outline, "summary", text::CountingMode::wps).words ==
        walked_count(changing, outline, "summary", text::CountingMode::wps, {}).words);
}
