#include <catch2/catch.hpp>

#include "eval/caption.hpp"

using namespace qb::eval;

TEST_CASE("captions are recognised by 表N and 图N", "[eval]")
{
  CHECK(parse_caption_text("表1 主要经济指标") == CaptionLabel{CaptionKind::table, 1});
  CHECK(parse_caption_text("表 12 指标") == CaptionLabel{CaptionKind::table, 12});
  CHECK(parse_caption_text("　图３ 流程") == CaptionLabel{CaptionKind::figure, 3});
  CHECK(parse_caption_text("图2-1 组织结构") == CaptionLabel{CaptionKind::figure, 2});
}

TEST_CASE("text that merely starts with 表 or 图 is not a caption", "[eval]")
{
  CHECK_FALSE(parse_caption_text("表明企业……").has_value());
  CHECK_FALSE(parse_caption_text("图表如下").has_value());
  CHECK_FALSE(parse_caption_text("表一").has_value());
  CHECK_FALSE(parse_caption_text("").has_value());
  CHECK_FALSE(parse_caption_text("表12345678").has_value());
}
