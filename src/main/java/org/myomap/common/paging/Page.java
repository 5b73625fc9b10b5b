package org.myomap.common.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of a listing and the cursor of the next one (absent on the last page). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String next) {
}
