package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.CreatePipelineRequest;
import dev.sagemaker4j.model.CreatePipelineResponse;
import dev.sagemaker4j.model.DeletePipelineRequest;
import dev.sagemaker4j.model.DeletePipelineResponse;
import dev.sagemaker4j.model.DescribePipelineExecutionRequest;
import dev.sagemaker4j.model.DescribePipelineExecutionResponse;
import dev.sagemaker4j.model.DescribePipelineRequest;
import dev.sagemaker4j.model.DescribePipelineResponse;
import dev.sagemaker4j.model.ListPipelineExecutionsRequest;
import dev.sagemaker4j.model.ListPipelineExecutionsResponse;
import dev.sagemaker4j.model.ListPipelinesRequest;
import dev.sagemaker4j.model.ListPipelinesResponse;
import dev.sagemaker4j.model.PipelineExecutionStatus;
import dev.sagemaker4j.model.PipelineExecutionSummary;
import dev.sagemaker4j.model.PipelineStatus;
import dev.sagemaker4j.model.PipelineSummary;
import dev.sagemaker4j.model.StartPipelineExecutionRequest;
import dev.sagemaker4j.model.StartPipelineExecutionResponse;
import dev.sagemaker4j.model.StopPipelineExecutionRequest;
import dev.sagemaker4j.model.StopPipelineExecutionResponse;
import dev.sagemaker4j.testing.ResourceKind;
import dev.sagemaker4j.model.internal.StructSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pipelines (always Active while they exist) and their executions: Executing then Succeeded (or
 * Failed), or Stopping then Stopped. Idempotency tokens are honoured: a create, start or delete
 * resent with the token of one that already worked answers as that one did.
 */
final class Pipelines {
  static final class PipelineRecord extends Tracked {
    final CreatePipelineRequest request;
    final String arn;
    @Nullable Instant lastRun;

    PipelineRecord(State state, CreatePipelineRequest request) {
      super(state);
      this.request = request;
      this.arn = state.arn("pipeline", request.pipelineName());
    }
  }

  static final class ExecutionRecord extends Tracked {
    final PipelineRecord pipeline;
    final StartPipelineExecutionRequest request;
    final String arn;
    PipelineExecutionStatus status = PipelineExecutionStatus.EXECUTING;
    @Nullable String failureReason;

    ExecutionRecord(State state, PipelineRecord pipeline, StartPipelineExecutionRequest request) {
      super(state);
      this.pipeline = pipeline;
      this.request = request;
      this.arn = pipeline.arn + "/execution/" + State.randomId(12);
    }

    boolean running() {
      return status == PipelineExecutionStatus.EXECUTING
          || status == PipelineExecutionStatus.STOPPING;
    }
  }

  private final State state;
  // GUESS: pipeline names are unique ignoring case, since their ARNs are lower-cased.
  private final Map<String, PipelineRecord> pipelines = new HashMap<>();
  private final Map<String, ExecutionRecord> executions = new HashMap<>();
  private final Map<String, String> deletedByToken = new HashMap<>();

  Pipelines(State state) {
    this.state = state;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  CreatePipelineResponse createPipeline(CreatePipelineRequest request) {
    PipelineRecord existing = pipelines.get(key(request.pipelineName()));
    if (existing != null) {
      // GUESS: a create resent with the token of the one that worked answers as that one did.
      if (request.clientRequestToken().isPresent()
          && request.clientRequestToken().equals(existing.request.clientRequestToken())) {
        return CreatePipelineResponse.builder().pipelineArn(existing.arn).build();
      }
      // GUESS: only "Pipeline names must be unique within an AWS account and region" is recorded.
      throw ServiceError.validation("Pipeline names must be unique within an AWS account and"
          + " region. Pipeline \"" + existing.arn + "\" already exists.");
    }
    PipelineRecord pipeline = new PipelineRecord(state, request);
    pipelines.put(key(request.pipelineName()), pipeline);
    return CreatePipelineResponse.builder().pipelineArn(pipeline.arn).build();
  }

  DescribePipelineResponse describePipeline(DescribePipelineRequest request) {
    PipelineRecord p = pipeline(request.pipelineName());
    DescribePipelineResponse.Builder b = StructSchema.of(DescribePipelineResponse.class)
        .copyFrom(p.request).toBuilder();
    return b.pipelineArn(p.arn)
        // GUESS: the display name defaults to the name.
        .pipelineDisplayName(p.request.pipelineDisplayName().orElse(p.request.pipelineName()))
        .pipelineStatus(PipelineStatus.ACTIVE)
        .creationTime(p.created)
        .lastModifiedTime(p.modified)
        .lastRunTime(p.lastRun)
        .build();
  }

  DeletePipelineResponse deletePipeline(DeletePipelineRequest request) {
    Optional<String> token = request.clientRequestToken();
    // GUESS: a delete resent with the token of the one that worked answers as that one did.
    if (token.isPresent() && deletedByToken.containsKey(token.get())
        && !pipelines.containsKey(key(request.pipelineName()))) {
      return DeletePipelineResponse.builder().pipelineArn(deletedByToken.get(token.get())).build();
    }
    PipelineRecord p = pipeline(request.pipelineName());
    for (ExecutionRecord e : executions.values()) {
      if (e.pipeline == p && e.running()) {
        // GUESS: the code is recorded, the text is not.
        throw ServiceError.conflict("Pipeline \"" + p.arn + "\" has executions in progress and"
            + " cannot be deleted until they stop.");
      }
    }
    // GUESS: a deleted pipeline is gone at once, with its executions.
    pipelines.remove(key(p.request.pipelineName()));
    executions.values().removeIf(e -> e.pipeline == p);
    token.ifPresent(t -> deletedByToken.put(t, p.arn));
    return DeletePipelineResponse.builder().pipelineArn(p.arn).build();
  }

  ListPipelinesResponse listPipelines(ListPipelinesRequest request) {
    String sortBy = Paging.oneOf(request.sortByAsString(), "sortBy", "CreationTime",
        "Name", "CreationTime");
    // GUESS: pipelines are listed newest first by default, as models and endpoints are.
    String order = Paging.oneOf(request.sortOrderAsString(), "sortOrder", "Descending",
        "Ascending", "Descending");
    Comparator<PipelineRecord> key = sortBy.equals("Name")
        ? Paging.by(p -> p.request.pipelineName()) : Paging.byCreation();
    List<PipelineRecord> sorted = new ArrayList<>(pipelines.values());
    sorted.sort(Paging.order(key, order.equals("Descending")));
    Optional<String> prefix = request.pipelineNamePrefix().map(s -> s.toLowerCase(Locale.ROOT));
    Paging.Page<PipelineRecord> page = Paging.page(sorted,
        p -> (prefix.isEmpty() || key(p.request.pipelineName()).startsWith(prefix.get()))
            && Paging.within(p.created, request.createdAfter(), request.createdBefore()),
        request.maxResults(), request.nextToken());
    ListPipelinesResponse.Builder b = ListPipelinesResponse.builder()
        .nextToken(page.nextToken());
    List<PipelineSummary> pipelineSummaries = new ArrayList<>();
    for (PipelineRecord p : page.items()) {
      pipelineSummaries.add(PipelineSummary.builder()
          .pipelineArn(p.arn)
          .pipelineName(p.request.pipelineName())
          .pipelineDisplayName(p.request.pipelineDisplayName().orElse(p.request.pipelineName()))
          .pipelineDescription(Nullables.v(p.request.pipelineDescription()))
          .roleArn(p.request.roleArn())
          .creationTime(p.created)
          .lastModifiedTime(p.modified)
          .lastExecutionTime(p.lastRun)
          .build());
    }
    b.pipelineSummaries(pipelineSummaries);
    return b.build();
  }

  StartPipelineExecutionResponse startPipelineExecution(StartPipelineExecutionRequest request) {
    PipelineRecord p = pipeline(request.pipelineName());
    // GUESS: a start resent with the token of one that worked answers with that execution.
    if (request.clientRequestToken().isPresent()) {
      for (ExecutionRecord e : executions.values()) {
        if (e.pipeline == p
            && request.clientRequestToken().equals(e.request.clientRequestToken())) {
          return StartPipelineExecutionResponse.builder().pipelineExecutionArn(e.arn).build();
        }
      }
    }
    state.checkCapacity();
    ExecutionRecord e = new ExecutionRecord(state, p, request);
    executions.put(e.arn, e);
    p.lastRun = e.created;
    return StartPipelineExecutionResponse.builder().pipelineExecutionArn(e.arn).build();
  }

  DescribePipelineExecutionResponse describePipelineExecution(
      DescribePipelineExecutionRequest request) {
    ExecutionRecord e = execution(request.pipelineExecutionArn());
    DescribePipelineExecutionResponse response = DescribePipelineExecutionResponse.builder()
        .pipelineArn(e.pipeline.arn)
        .pipelineExecutionArn(e.arn)
        .pipelineExecutionDisplayName(displayName(e))
        .pipelineExecutionStatus(e.status)
        .pipelineExecutionDescription(Nullables.v(e.request.pipelineExecutionDescription()))
        .failureReason(e.failureReason)
        .creationTime(e.created)
        .lastModifiedTime(e.modified)
        .parallelismConfiguration(Nullables.v(e.request.parallelismConfiguration()
            .or(() -> e.pipeline.request.parallelismConfiguration())))
        .selectiveExecutionConfig(Nullables.v(e.request.selectiveExecutionConfig()))
        .pipelineVersionId(Nullables.v(e.request.pipelineVersionId()))
        .build();
    if (e.polled(state)) {
      advance(e);
    }
    return response;
  }

  private void advance(ExecutionRecord e) {
    if (e.status == PipelineExecutionStatus.EXECUTING) {
      String reason = state.failures.take(ResourceKind.PIPELINE_EXECUTION,
          e.pipeline.request.pipelineName(), e.pipeline.arn, e.arn);
      e.status = reason == null ? PipelineExecutionStatus.SUCCEEDED
          : PipelineExecutionStatus.FAILED;
      e.failureReason = reason;
      e.modified = state.now();
    } else if (e.status == PipelineExecutionStatus.STOPPING) {
      e.status = PipelineExecutionStatus.STOPPED;
      e.modified = state.now();
    }
  }

  /** Executing -&gt; Stopping, then Stopped one step later. */
  StopPipelineExecutionResponse stopPipelineExecution(StopPipelineExecutionRequest request) {
    ExecutionRecord e = execution(request.pipelineExecutionArn());
    if (e.status == PipelineExecutionStatus.EXECUTING) {
      e.status = PipelineExecutionStatus.STOPPING;
      e.modified = state.now();
      e.restartPolls();
    } else if (e.status != PipelineExecutionStatus.STOPPING) {
      // GUESS: the service refuses to stop a finished execution; its wording is not recorded.
      throw ServiceError.validation("Pipeline execution \"" + e.arn + "\" is " + e.status
          + " and cannot be stopped.");
    }
    return StopPipelineExecutionResponse.builder().pipelineExecutionArn(e.arn).build();
  }

  /** A pipeline's executions, newest first unless asked otherwise (GUESS). */
  ListPipelineExecutionsResponse listPipelineExecutions(ListPipelineExecutionsRequest request) {
    PipelineRecord p = pipeline(request.pipelineName());
    String sortBy = Paging.oneOf(request.sortByAsString(), "sortBy", "CreationTime",
        "CreationTime", "PipelineExecutionArn");
    String order = Paging.oneOf(request.sortOrderAsString(), "sortOrder", "Descending",
        "Ascending", "Descending");
    Comparator<ExecutionRecord> key = sortBy.equals("CreationTime") ? Paging.byCreation()
        : Paging.by(e -> e.arn);
    List<ExecutionRecord> sorted = new ArrayList<>();
    for (ExecutionRecord e : executions.values()) {
      if (e.pipeline == p) {
        sorted.add(e);
      }
    }
    sorted.sort(Paging.order(key, order.equals("Descending")));
    Paging.Page<ExecutionRecord> page = Paging.page(sorted,
        e -> Paging.within(e.created, request.createdAfter(), request.createdBefore()),
        request.maxResults(), request.nextToken());
    List<PipelineExecutionSummary> summaries = new ArrayList<>();
    for (ExecutionRecord e : page.items()) {
      summaries.add(PipelineExecutionSummary.builder()
          .pipelineExecutionArn(e.arn)
          .startTime(e.created)
          .pipelineExecutionStatus(e.status)
          .pipelineExecutionDescription(Nullables.v(e.request.pipelineExecutionDescription()))
          .pipelineExecutionDisplayName(displayName(e))
          .pipelineExecutionFailureReason(e.failureReason)
          .build());
    }
    return ListPipelineExecutionsResponse.builder().pipelineExecutionSummaries(summaries)
        .nextToken(page.nextToken()).build();
  }

  // GUESS: the display name defaults to "execution-<epoch millis>".
  private static String displayName(ExecutionRecord e) {
    return e.request.pipelineExecutionDisplayName()
        .orElse("execution-" + e.created.toEpochMilli());
  }

  /** The execution an ARN names, or ResourceNotFound. */
  private ExecutionRecord execution(String arn) {
    ExecutionRecord e = executions.get(arn.toLowerCase(Locale.ROOT));
    if (e == null) {
      // GUESS: only the end, "does not exist.", is recorded.
      throw ServiceError.resourceNotFound("Pipeline execution \""
          + arn.toLowerCase(Locale.ROOT) + "\" does not exist.");
    }
    return e;
  }

  /** The pipeline a name or an ARN of this account and region names, or ResourceNotFound. */
  private PipelineRecord pipeline(String nameOrArn) {
    String name = nameOrArn;
    String prefix = state.arnPrefix() + "pipeline/";
    if (nameOrArn.startsWith("arn:")) {
      String lower = nameOrArn.toLowerCase(Locale.ROOT);
      name = lower.startsWith(prefix) && lower.indexOf('/', prefix.length()) < 0
          ? lower.substring(prefix.length()) : null;
    }
    PipelineRecord p = name == null ? null : pipelines.get(key(name));
    if (p == null) {
      String arn = name == null ? nameOrArn.toLowerCase(Locale.ROOT) : state.arn("pipeline", name);
      // GUESS: only the end, "does not exist.", is recorded.
      throw ServiceError.resourceNotFound("Pipeline \"" + arn + "\" does not exist.");
    }
    return p;
  }

  /** How many resources it holds, for the stand-in's cap. */
  int count() {
    return pipelines.size() + executions.size();
  }

  void reset() {
    pipelines.clear();
    executions.clear();
    deletedByToken.clear();
  }
}
