package dev.sagemaker4j.client.internal;

import dev.sagemaker4j.model.SageMakerRequest;
import dev.sagemaker4j.model.SageMakerResponse;
import dev.sagemaker4j.model.internal.Member;
import dev.sagemaker4j.model.internal.StructSchema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * How one list operation pages, from the service model's {@code paginators-1.json}: which
 * request member takes the token, which response member gives the next one, which holds the
 * items. Tokens and items are read and written through the schemas.
 *
 * <p>The walk ends when the next token is missing or empty. A page may be short or empty and
 * still carry a token (SageMaker applies MaxResults before filtering): that does not end it. A
 * service that sends back the token it was just given would loop for ever; that fails instead.
 */
public final class Pagination<Q extends SageMakerRequest, R extends SageMakerResponse> {
  private final Operation<Q, R> operation;
  private final Member inputToken;
  private final Member outputToken;
  private final Member items;

  public Pagination(Operation<Q, R> operation, String inputToken, String outputToken,
      String resultKey) {
    this.operation = operation;
    this.inputToken = member(operation.input(), inputToken);
    this.outputToken = member(operation.output(), outputToken);
    this.items = member(operation.output(), resultKey);
  }

  private static Member member(StructSchema<?> schema, String name) {
    Member m = schema.member(name);
    if (m == null) {
      throw new IllegalArgumentException(schema.name() + " has no member " + name);
    }
    return m;
  }

  /** The request member that takes the token. */
  public Member inputToken() {
    return inputToken;
  }

  /** The response member that gives the next token. */
  public Member outputToken() {
    return outputToken;
  }

  /** The response member that holds the items. */
  public Member itemsMember() {
    return items;
  }

  /** The list operation. */
  public Operation<Q, R> operation() {
    return operation;
  }

  /** The token of the page after {@code page}, or null when it is the last. */
  public @Nullable String nextToken(R page) {
    Object token = operation.output().get(page, outputToken.index());
    return token == null || ((String) token).isEmpty() ? null : (String) token;
  }

  /** The items of a page. */
  @SuppressWarnings("unchecked")
  public <T> List<T> items(R page) {
    Object list = operation.output().get(page, items.index());
    return list == null ? List.of() : (List<T>) list;
  }

  /** The request for the page after the one {@code request} fetched. */
  public Q next(Q request, String token) {
    String sent = tokenOf(request);
    if (token.equals(sent)) {
      throw SdkClientException.create(operation.name() + " returned the NextToken it was sent ("
          + abbreviate(token) + "); stopping rather than fetching the same page for ever");
    }
    return operation.input().with(request, inputToken.index(), token);
  }

  private @Nullable String tokenOf(Q request) {
    return (String) operation.input().get(request, inputToken.index());
  }

  private static String abbreviate(String token) {
    return token.length() <= 24 ? token : token.substring(0, 24) + "...";
  }

  @Override
  public String toString() {
    return operation.name();
  }
}
