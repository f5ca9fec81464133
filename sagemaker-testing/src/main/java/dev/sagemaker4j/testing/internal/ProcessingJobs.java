package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.CreateProcessingJobRequest;
import dev.sagemaker4j.model.CreateProcessingJobResponse;
import dev.sagemaker4j.model.DescribeProcessingJobRequest;
import dev.sagemaker4j.model.DescribeProcessingJobResponse;
import dev.sagemaker4j.model.ListProcessingJobsRequest;
import dev.sagemaker4j.model.ListProcessingJobsResponse;
import dev.sagemaker4j.model.ProcessingClusterConfig;
import dev.sagemaker4j.model.ProcessingInstancePreference;
import dev.sagemaker4j.model.ProcessingJobStatus;
import dev.sagemaker4j.model.ProcessingJobSummary;
import dev.sagemaker4j.model.StopProcessingJobRequest;
import dev.sagemaker4j.model.StopProcessingJobResponse;
import dev.sagemaker4j.testing.ResourceKind;
import dev.sagemaker4j.model.internal.StructSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Processing jobs: InProgress then Completed (or Failed); StopProcessingJob makes a running job
 * Stopping, then Stopped. ProcessingStartTime and ProcessingEndTime are set when the job ends.
 */
final class ProcessingJobs {
  static final class JobRecord extends Tracked {
    final CreateProcessingJobRequest request;
    final String arn;
    ProcessingJobStatus status = ProcessingJobStatus.IN_PROGRESS;
    @Nullable String failureReason;
    @Nullable Instant started;
    @Nullable Instant ended;

    JobRecord(State state, CreateProcessingJobRequest request) {
      super(state);
      this.request = request;
      // GUESS: processing job ARNs lower-case the name, as the other ARNs do.
      this.arn = state.arn("processing-job", request.processingJobName());
    }

    boolean running() {
      return status == ProcessingJobStatus.IN_PROGRESS || status == ProcessingJobStatus.STOPPING;
    }

    /** Adds the instances this job holds to {@code delta}, by type. */
    void addInstances(Map<String, Integer> delta) {
      ProcessingClusterConfig cluster = request.processingResources().clusterConfig();
      if (cluster.instanceTypeAsString() != null) {
        Quotas.add(delta, cluster.instanceTypeAsString(),
            cluster.instanceCount() == null ? 1 : cluster.instanceCount());
      } else if (!cluster.instancePreferences().isEmpty()) {
        // GUESS: the service picks the first preference it has capacity for; the stand-in
        // always has capacity, so it takes the first.
        ProcessingInstancePreference first = cluster.instancePreferences().get(0);
        Quotas.add(delta, first.instanceTypeAsString(), first.instanceCount().orElse(1));
      }
    }
  }

  private final State state;
  // GUESS: job names are unique ignoring case, since their ARNs are lower-cased.
  private final Map<String, JobRecord> jobs = new HashMap<>();

  ProcessingJobs(State state) {
    this.state = state;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  CreateProcessingJobResponse createProcessingJob(CreateProcessingJobRequest request) {
    String name = request.processingJobName();
    JobRecord existing = jobs.get(key(name));
    if (existing != null) {
      // GUESS: the code is recorded, the text is not.
      throw ServiceError.resourceInUse("Processing job \"" + existing.arn + "\" already exists.");
    }
    JobRecord job = new JobRecord(state, request);
    LinkedHashMap<String, Integer> delta = new LinkedHashMap<>();
    job.addInstances(delta);
    Quotas.check(state.settings.processingQuotas(), "processing job usage", delta, type -> {
      Map<String, Integer> held = new HashMap<>();
      for (JobRecord j : jobs.values()) {
        // GUESS: a job holds its instances while InProgress or Stopping.
        if (j.running()) {
          j.addInstances(held);
        }
      }
      return held.getOrDefault(type, 0);
    });
    jobs.put(key(name), job);
    return CreateProcessingJobResponse.builder().processingJobArn(job.arn).build();
  }

  DescribeProcessingJobResponse describeProcessingJob(DescribeProcessingJobRequest request) {
    JobRecord job = job(request.processingJobName());
    DescribeProcessingJobResponse.Builder b = StructSchema.of(DescribeProcessingJobResponse.class)
        .copyFrom(job.request).toBuilder();
    DescribeProcessingJobResponse response = b
        .processingJobArn(job.arn)
        .processingJobStatus(job.status)
        .failureReason(job.failureReason)
        .processingStartTime(job.started)
        .processingEndTime(job.ended)
        .lastModifiedTime(job.modified)
        .creationTime(job.created)
        .build();
    if (job.polled(state)) {
      advance(job);
    }
    return response;
  }

  private void advance(JobRecord job) {
    switch (job.status) {
      case IN_PROGRESS -> {
        String reason = state.failures.take(ResourceKind.PROCESSING_JOB,
            job.request.processingJobName(), job.arn);
        job.status = reason == null ? ProcessingJobStatus.COMPLETED : ProcessingJobStatus.FAILED;
        job.failureReason = reason;
      }
      case STOPPING -> job.status = ProcessingJobStatus.STOPPED;
      default -> {
        return;
      }
    }
    job.modified = state.now();
    // GUESS: the job is seen to start and end in the one step the stand-in models.
    job.started = job.started == null ? job.modified : job.started;
    job.ended = job.modified;
  }

  StopProcessingJobResponse stopProcessingJob(StopProcessingJobRequest request) {
    JobRecord job = job(request.processingJobName());
    switch (job.status) {
      case IN_PROGRESS -> {
        job.status = ProcessingJobStatus.STOPPING;
        job.modified = state.now();
        job.restartPolls();
      }
      case STOPPING -> {
        // GUESS: stopping a job that is already stopping is accepted and changes nothing.
      }
      default ->
        // GUESS: the code is likely, the text is not recorded.
        throw ServiceError.validation("The processing job \"" + job.arn + "\" cannot be stopped"
            + " because it is in status " + job.status + ".");
    }
    return StopProcessingJobResponse.builder().build();
  }

  ListProcessingJobsResponse listProcessingJobs(ListProcessingJobsRequest request) {
    String sortBy = Paging.oneOf(request.sortByAsString(), "sortBy", "CreationTime",
        "Name", "CreationTime", "Status");
    String order = Paging.oneOf(request.sortOrderAsString(), "sortOrder", "Ascending",
        "Ascending", "Descending");
    String status = request.statusEqualsAsString().isEmpty() ? null
        : Paging.oneOf(request.statusEqualsAsString(), "statusEquals", null,
            "InProgress", "Completed", "Failed", "Stopping", "Stopped");
    Comparator<JobRecord> key = switch (sortBy) {
      case "Name" -> Paging.by(j -> j.request.processingJobName());
      case "Status" -> Paging.by(j -> j.status.toString());
      default -> Paging.byCreation();
    };
    List<JobRecord> sorted = new ArrayList<>(jobs.values());
    sorted.sort(Paging.order(key, order.equals("Descending")));
    Paging.Page<JobRecord> page = Paging.page(sorted,
        j -> Paging.contains(j.request.processingJobName(), request.nameContains())
            && Paging.within(j.created, request.creationTimeAfter(), request.creationTimeBefore())
            && Paging.within(j.modified, request.lastModifiedTimeAfter(),
                request.lastModifiedTimeBefore())
            && (status == null || status.equals(j.status.toString())),
        request.maxResults(), request.nextToken());
    ListProcessingJobsResponse.Builder b = ListProcessingJobsResponse.builder()
        .nextToken(page.nextToken());
    List<ProcessingJobSummary> processingJobSummaries = new ArrayList<>();
    for (JobRecord j : page.items()) {
      processingJobSummaries.add(ProcessingJobSummary.builder()
          .processingJobName(j.request.processingJobName())
          .processingJobArn(j.arn)
          .creationTime(j.created)
          .processingEndTime(j.ended)
          .lastModifiedTime(j.modified)
          .processingJobStatus(j.status)
          .failureReason(j.failureReason)
          .build());
    }
    b.processingJobSummaries(processingJobSummaries);
    return b.build();
  }

  private JobRecord job(String name) {
    JobRecord job = jobs.get(key(name));
    if (job == null) {
      // GUESS: only the start, "Could not find requested job", is recorded.
      throw ServiceError.validation("Could not find requested job with name " + name + ".");
    }
    return job;
  }

  /** How many resources it holds, for the stand-in's cap. */
  int count() {
    return jobs.size();
  }

  void reset() {
    jobs.clear();
  }
}
