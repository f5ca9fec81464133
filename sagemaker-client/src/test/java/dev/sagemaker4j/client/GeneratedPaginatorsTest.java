package dev.sagemaker4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sagemaker4j.client.internal.Pagination;
import dev.sagemaker4j.client.paginators.PageIterable;
import dev.sagemaker4j.client.support.ClientTestBase;
import dev.sagemaker4j.client.support.Wire;
import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.fixtures.ValidValues;
import dev.sagemaker4j.model.internal.ListShape;
import dev.sagemaker4j.model.internal.StructSchema;
import dev.sagemaker4j.model.json.SageMakerJson;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated paginator walks two pages: the first carries a token and one item, the second
 * is asked for with that token and ends the walk. The paginators come from the client interface,
 * so one added to the model is covered without a test written for it.
 */
class GeneratedPaginatorsTest extends ClientTestBase {
  static Stream<String> paginators() {
    List<String> names = new ArrayList<>();
    for (Method m : SageMakerClient.class.getMethods()) {
      if (m.getName().endsWith("Paginator") && m.getParameterCount() == 1
          && SageMakerRequest.class.isAssignableFrom(m.getParameterTypes()[0])) {
        names.add(m.getName());
      }
    }
    assertTrue(names.size() >= 89, "the model's 89 paginators: " + names.size());
    return names.stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paginators")
  @SuppressWarnings("unchecked")
  void paginator_walksTwoPagesByTheirToken(String method) throws Exception {
    Method m = SageMakerClient.class.getMethod(method, findRequestType(method));
    Class<?> requestType = m.getParameterTypes()[0];
    StructSchema<Object> in = (StructSchema<Object>) StructSchema.of(requestType);
    Object built = new ValidValues(method.hashCode()).struct(in);
    PageIterable<?, ?, ?> pages = (PageIterable<?, ?, ?>) m.invoke(harness.sync, built);
    Pagination<?, ?> p = pagination(pages);
    Object first = in.with(built, p.inputToken().index(), null);
    pages = (PageIterable<?, ?, ?>) m.invoke(harness.sync, first);
    StructSchema<Object> out = (StructSchema<Object>) (Object) p.operation().output();
    ListShape items = (ListShape) p.itemsMember().shape();
    ValidValues values = new ValidValues(method.hashCode() + 1);
    String target = p.operation().target();
    wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo(target)).atPriority(5)
        .willReturn(aResponse().withStatus(200).withBody(page(out, p, values, items,
            "page-2-token"))));
    wm.stubFor(post("/").withHeader("X-Amz-Target", equalTo(target)).atPriority(1)
        .withRequestBody(matchingJsonPath("$." + p.inputToken().wireName(),
            equalTo("page-2-token")))
        .willReturn(aResponse().withStatus(200).withBody(page(out, p, values, items, null))));

    int walked = 0;
    for (Object unused : pages.items()) {
      walked++;
    }

    assertEquals(2, walked, "one item on each of the two pages");
    assertEquals(2, Wire.requests(wm).size());
  }

  private static String page(StructSchema<Object> out, Pagination<?, ?> p, ValidValues values,
      ListShape items, String token) throws Exception {
    Object[] members = new Object[out.members().size()];
    members[p.itemsMember().index()] = List.of(values.value(items.member()));
    members[p.outputToken().index()] = token;
    return SageMakerJson.mapper().writeValueAsString(out.create(members));
  }

  private static Class<?> findRequestType(String method) {
    for (Method m : SageMakerClient.class.getMethods()) {
      if (m.getName().equals(method) && SageMakerRequest.class.isAssignableFrom(
          m.getParameterTypes()[0])) {
        return m.getParameterTypes()[0];
      }
    }
    throw new AssertionError(method);
  }

  private static Pagination<?, ?> pagination(PageIterable<?, ?, ?> pages) throws Exception {
    Field f = PageIterable.class.getDeclaredField("pagination");
    f.setAccessible(true);
    return (Pagination<?, ?>) f.get(pages);
  }
}
