package io.newsflow.sink.match;

import java.util.List;
import java.util.Objects;

/** A subscription that an article matched, and why (fields and terms or entities). */
public record Match(String subscriptionId, List<String> reasons) {

  public Match {
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }
}
