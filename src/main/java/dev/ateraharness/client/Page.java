package dev.ateraharness.client;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of a list endpoint: Atera's {@code XxxDtoPagedResult} envelope. Reads the spec's {@code totalItemCount}
 * and the seed's {@code totalItems}. Missing numbers read as 0 and a missing {@code items} as an empty list, so a
 * sparse envelope still decodes; the pager decides what they mean.
 *
 * @param items          the entities (never null)
 * @param page           the page number the server says it returned (from 1; 0 if absent)
 * @param itemsInPage    the page size the server applied (may be below the requested one: servers clamp)
 * @param totalItemCount total items across pages (0 if absent)
 * @param totalPages     total pages (0 if absent)
 * @param prevLink       the previous page's URL, null or "" if none
 * @param nextLink       the next page's URL: null when absent, "" on the last page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(
        @JsonProperty("items") List<T> items,
        @JsonProperty("page") int page,
        @JsonProperty("itemsInPage") int itemsInPage,
        @JsonProperty("totalItemCount") @JsonAlias("totalItems") int totalItemCount,
        @JsonProperty("totalPages") int totalPages,
        @JsonProperty("prevLink") String prevLink,
        @JsonProperty("nextLink") String nextLink) {

    public Page {
        items = items == null ? List.of() : items;
    }

    /** Whether the envelope carries a non-empty {@code nextLink}. */
    public boolean hasNextLink() {
        return nextLink != null && !nextLink.isBlank();
    }
}
