package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Atera's {@code KnowledgeBaseDto} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * PascalCase spelling (misspellings included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings (with a lenient helper where useful)
 * so an unexpected value never fails a page. Date-times are kept as the server's text: Atera sends them with and
 * without an offset; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KnowledgeBase(
        @JsonProperty("KBID") Long kbid,
        @JsonProperty("KBTimestamp") String kbTimestamp,
        @JsonProperty("KBContext") String kbContext,
        @JsonProperty("KBProduct") String kbProduct,
        @JsonProperty("KBRating_Yes") Integer kbRatingYes,
        @JsonProperty("KBRating_No") Integer kbRatingNo,
        @JsonProperty("KBRating_Views") Integer kbRatingViews,
        @JsonProperty("KBLastModified") String kbLastModified,
        @JsonProperty("KBIsPrivate") Boolean kbIsPrivate,
        @JsonProperty("KBStatus") Integer kbStatus,
        @JsonProperty("KBPriority") Integer kbPriority,
        @JsonProperty("KBKeywords") String kbKeywords,
        @JsonProperty("KBAddress") String kbAddress,
        @JsonProperty("SectionId") String sectionId,
        @JsonProperty("SectionName") String sectionName,
        @JsonProperty("CategoryId") String categoryId,
        @JsonProperty("CategoryName") String categoryName) {
}
