package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.AddTagsRequest;
import dev.sagemaker4j.model.AddTagsResponse;
import dev.sagemaker4j.model.DeleteTagsRequest;
import dev.sagemaker4j.model.DeleteTagsResponse;
import dev.sagemaker4j.model.ListTagsRequest;
import dev.sagemaker4j.model.ListTagsResponse;
import dev.sagemaker4j.model.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tags on every resource the stand-in made, hand-written families' and the engine's alike, by
 * ARN: what the create's {@code Tags} said, then AddTags (a key set again takes the new value),
 * DeleteTags and ListTags (paged like every list). A describe whose shape has {@code Tags} shows
 * them. ARNs are compared ignoring case, as the service lower-cases them.
 */
final class Tags {
  private final Map<String, LinkedHashMap<String, String>> byArn = new HashMap<>();

  /** A create made {@code arn}, with the tags its request gave (a list of Tag, or null). */
  void created(String arn, @Nullable Object tags) {
    LinkedHashMap<String, String> held = new LinkedHashMap<>();
    if (tags instanceof List<?> list) {
      for (Object t : list) {
        if (t instanceof Tag tag && tag.key() != null) {
          held.put(tag.key(), tag.value() == null ? "" : tag.value());
        }
      }
    }
    byArn.put(arn.toLowerCase(Locale.ROOT), held);
  }

  /** The resource is gone, and its tags with it. */
  void removed(String arn) {
    byArn.remove(arn.toLowerCase(Locale.ROOT));
  }

  /** The tags of {@code arn} as a list of Tag, or null when the stand-in did not make it. */
  @Nullable List<Tag> of(String arn) {
    Map<String, String> held = byArn.get(arn.toLowerCase(Locale.ROOT));
    if (held == null) {
      return null;
    }
    List<Tag> out = new ArrayList<>(held.size());
    held.forEach((k, v) -> out.add(Tag.builder().key(k).value(v).build()));
    return List.copyOf(out);
  }

  AddTagsResponse addTags(AddTagsRequest request) {
    Map<String, String> held = held(request.resourceArn());
    for (Tag t : request.tags()) {
      held.put(t.key(), t.value() == null ? "" : t.value());
    }
    return AddTagsResponse.builder().tags(request.tags()).build();
  }

  DeleteTagsResponse deleteTags(DeleteTagsRequest request) {
    Map<String, String> held = held(request.resourceArn());
    request.tagKeys().forEach(held::remove);
    return DeleteTagsResponse.builder().build();
  }

  ListTagsResponse listTags(ListTagsRequest request) {
    held(request.resourceArn());
    List<Tag> all = of(request.resourceArn());
    Paging.Page<Tag> page = Paging.page(all, t -> true, request.maxResults(),
        request.nextToken());
    return ListTagsResponse.builder().tags(page.items()).nextToken(page.nextToken()).build();
  }

  private Map<String, String> held(String arn) {
    Map<String, String> held = byArn.get(arn.toLowerCase(Locale.ROOT));
    if (held == null) {
      // GUESS: the service's answer for an ARN it does not know is not recorded.
      throw ServiceError.validation("Could not find resource \"" + arn.toLowerCase(Locale.ROOT)
          + "\".");
    }
    return held;
  }

  void reset() {
    byArn.clear();
  }
}
