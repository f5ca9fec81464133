package dev.sagemaker4j.testing.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The generic lifecycle, read from the values of the kind's status enum by the words the service
 * uses in them (case and underscores ignored; every choice below is a GUESS where the service's
 * behaviour for the kind is not recorded):
 *
 * <ul>
 *   <li>create: born in the first of Creating, CreateInProgress, Pending, InProgress, Starting,
 *       Initializing, Executing the enum has, and one step later in the first of InService,
 *       Completed, CreateCompleted, Created, Active, Available, Succeeded, Scheduled (a planned
 *       failure: CreateFailed or Failed instead). Without a value of the first list it is born in
 *       the second; with neither, in the enum's first value.
 *   <li>update: Updating (or UpdateInProgress), then Updated (UpdateCompleted) or the state it
 *       was in; failed: UpdateFailed, or the state it was in with the failure reason.
 *   <li>start: Starting (or Pending), then Started, InService, Running, Scheduled or Active.
 *   <li>stop: Stopping, then Stopped; refused once stopped, finished or failed.
 *   <li>delete: Deleting, still listed and holding its name, then gone; at once when the enum
 *       has no Deleting.
 * </ul>
 *
 * A kind without a status enum has no steps. Subclasses override what a family does otherwise.
 */
class StatusLifecycle implements Lifecycle {
  private static final List<String> CREATING = List.of("creating", "createinprogress", "pending",
      "inprogress", "starting", "initializing", "executing");
  private static final List<String> CREATED = List.of("inservice", "completed", "createcompleted",
      "created", "active", "available", "succeeded", "scheduled");
  private static final List<String> CREATE_FAILED = List.of("createfailed", "failed");
  private static final List<String> UPDATING = List.of("updating", "updateinprogress");
  private static final List<String> UPDATED = List.of("updated", "updatecompleted");
  private static final List<String> UPDATE_FAILED = List.of("updatefailed");
  private static final List<String> STARTING = List.of("starting", "pending");
  private static final List<String> STARTED = List.of("started", "inservice", "running",
      "scheduled", "active");
  private static final List<String> FINISHED = List.of("stopped", "stopping", "completed",
      "succeeded", "deleting", "deleted", "cancelled", "expired");

  protected final Kind kind;

  StatusLifecycle(Kind kind) {
    this.kind = kind;
  }

  /** The first value of the kind's status enum among {@code words}, or null. */
  protected final @Nullable String first(List<String> words) {
    for (String w : words) {
      for (String s : kind.statuses) {
        if (normal(s).equals(w)) {
          return s;
        }
      }
    }
    return null;
  }

  private static String normal(String status) {
    return status.replace("_", "").toLowerCase(Locale.ROOT);
  }

  @Override
  public void created(Resource r, Steps steps) {
    if (kind.statuses.isEmpty()) {
      return;
    }
    String creating = first(CREATING);
    String created = first(CREATED);
    if (creating != null && created != null) {
      r.status(creating);
      r.step(created, first(CREATE_FAILED));
    } else {
      r.status(created != null ? created : kind.statuses.get(0));
    }
  }

  @Override
  public void updated(Resource r, Steps steps) {
    String updating = first(UPDATING);
    String current = r.status();
    if (updating == null || current == null) {
      return;
    }
    String updated = first(UPDATED);
    String failed = first(UPDATE_FAILED);
    r.status(updating);
    // GUESS: a failed update without an UpdateFailed value goes back to where it was.
    r.step(updated != null ? updated : current, failed != null ? failed : current);
  }

  @Override
  public void started(Resource r, Steps steps) {
    String started = first(STARTED);
    if (started == null) {
      return;
    }
    String starting = first(STARTING);
    if (starting != null) {
      r.status(starting);
      r.step(started, first(CREATE_FAILED));
    } else {
      r.status(started);
    }
  }

  @Override
  public void stopped(Resource r, Steps steps) {
    String stopped = first(List.of("stopped"));
    String current = r.status();
    if (stopped == null || current == null) {
      return;
    }
    if (FINISHED.contains(normal(current)) || normal(current).contains("failed")) {
      // GUESS: the service refuses to stop what has ended; its wording is not recorded.
      throw ServiceError.validation("The " + kind.thing + " \"" + r.arn + "\" is " + current
          + " and cannot be stopped.");
    }
    String stopping = first(List.of("stopping"));
    if (stopping != null) {
      r.status(stopping);
      r.step(stopped, null);
    } else {
      r.status(stopped);
      r.next = null;
    }
  }

  @Override
  public boolean deleted(Resource r, Steps steps) {
    String deleting = first(List.of("deleting"));
    if (deleting == null) {
      return true;
    }
    if (!deleting.equals(r.status())) {
      r.status(deleting);
      r.step(deleting, null);
      r.goneAfterStep = true;
    }
    return false;
  }

  @Override
  public boolean advance(Resource r, Steps steps) {
    if (r.goneAfterStep) {
      return true;
    }
    String next = r.next;
    if (next == null) {
      return false;
    }
    String reason = r.failed == null ? null : steps.failure(r);
    r.next = null;
    if (reason != null) {
      r.status(r.failed);
      if (kind.failureMember != null) {
        r.set(kind.failureMember, reason);
      }
    } else {
      r.status(next);
    }
    r.failed = null;
    r.modified = steps.now();
    return false;
  }
}
