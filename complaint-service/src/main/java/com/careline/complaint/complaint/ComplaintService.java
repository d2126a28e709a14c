package com.careline.complaint.complaint;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.complaint.api.ComplaintSummary;
import com.careline.complaint.api.ComplaintView;
import com.careline.complaint.complaint.ComplaintCommands.Acknowledge;
import com.careline.complaint.complaint.ComplaintCommands.MarkMajor;
import com.careline.complaint.complaint.ComplaintCommands.ReopenComplaint;
import com.careline.complaint.complaint.ComplaintCommands.ReportProgress;
import com.careline.complaint.complaint.ComplaintCommands.ResolveComplaint;
import com.careline.complaint.complaint.ComplaintCommands.TransferComplaint;
import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.errors.NotFound;
import com.careline.platform.events.complaint.ComplaintClocks;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.security.BranchScope;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.timeline.CaseJournal;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;

/** The handling of a complaint, step by step; each step is one transaction with its clocks and event. */
@ApplicationScoped
@Transactional
public class ComplaintService {

    private final ComplaintRepository complaints;
    private final CaseJournal journal;
    private final Timeline timeline;
    private final SlaClocks clocks;
    private final CurrentUser user;
    private final BranchScope scope;
    private final CalendarConfig calendar;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, CaseJournal journal, Timeline timeline, SlaClocks clocks,
            CurrentUser user, BranchScope scope, CalendarConfig calendar, Clock clock) {
        this.complaints = complaints;
        this.journal = journal;
        this.timeline = timeline;
        this.clocks = clocks;
        this.user = user;
        this.scope = scope;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The complaint if the caller may see it; another branch's is "not found", not "forbidden". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint visible(UUID id) {
        Complaint c = complaints.findById(id);
        if (c == null) {
            throw new NotFound("complaint", id);
        }
        return scope.requireVisible(c, c.branch(), c.departmentBranch(),
                c.department() == null ? null : c.department().name(), "complaint", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplaintView view(Complaint complaint) {
        return ComplaintView.from(complaint, clocks.forCase(complaint.id().toString()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplaintView get(UUID id) {
        return view(visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ComplaintSummary> list(ComplaintQuery query, PageRequest page) {
        String branch = scope.narrow(query.branch());
        // a responsible department's staff list what was transferred to their department (BranchScope.canSee)
        Department department = null;
        if (user.department() != null) {
            department = Department.parse(user.department());
            if (department == null) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
        }
        ComplaintQuery scoped = new ComplaintQuery(query.status(), branch, query.major(), query.overdue(),
                query.category(), query.waybillNo(), query.phone(), query.owner(), query.from(), query.to(),
                department);
        return complaints.find(scoped, page, calendar.zone()).map(ComplaintSummary::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Timeline.TimelineView> timeline(UUID id) {
        return timeline.of(visible(id).id().toString());
    }

    public ComplaintView acknowledge(UUID id, Acknowledge command) {
        Complaint c = visible(id);
        c.acknowledge(clock.instant());
        clocks.stop(id.toString(), ComplaintClocks.FIRST_RESPONSE);
        journal.record(c, user.id(), "acknowledged", note("first response given", command.note()),
                ComplaintEvents.ACKNOWLEDGED, acknowledged(c));
        return view(c);
    }

    /** 003: a supervisor finds the complaint major after intake; the 30-minute hand-off clock starts now. */
    public ComplaintView markMajor(UUID id, MarkMajor command) {
        Complaint c = visible(id);
        List<String> reasons = command.reasons().stream().sorted().map(Enum::name).toList();
        c.markMajor(reasons);
        clocks.start(id.toString(), ComplaintClocks.MAJOR_HANDOFF, c.correlationId(), c.branch());
        journal.record(c, user.id(), "marked-major", note("major: " + String.join(", ", reasons), command.note()),
                ComplaintEvents.MARKED_MAJOR, new ComplaintEvents.MarkedMajor(c.id(), c.number(), c.branch(), reasons,
                        command.note(), user.id(), clock.instant(), List.of(ComplaintClocks.MAJOR_HANDOFF)));
        return view(c);
    }

    /** 003: the head clerk has the major complaint; the 30-minute hand-off clock stops. */
    public ComplaintView takeMajor(UUID id) {
        Complaint c = visible(id);
        c.takeMajor(clock.instant());
        clocks.stop(id.toString(), ComplaintClocks.MAJOR_HANDOFF);
        journal.record(c, user.id(), "major-received", "the head clerk took the major complaint",
                ComplaintEvents.MAJOR_RECEIVED, acknowledged(c));
        return view(c);
    }

    public ComplaintView transfer(UUID id, TransferComplaint command) {
        if (command.department() == Department.BRANCH && command.departmentBranch() == null) {
            throw new InvalidRequest("departmentBranch", "is required when the department is BRANCH");
        }
        String toBranch = command.department() == Department.BRANCH ? command.departmentBranch() : null;
        Complaint c = visible(id);
        // the progress report counts from receipt (003 (4)): a transfer neither starts nor resets it
        c.transfer(command.department(), toBranch, clock.instant());
        String to = toBranch == null ? command.department().name() : "branch " + toBranch;
        journal.record(c, user.id(), "transferred", note("transferred to " + to, command.note()),
                ComplaintEvents.TRANSFERRED, new ComplaintEvents.Transferred(c.id(), c.number(), c.branch(),
                        command.department().name(), toBranch, command.note(), user.id(), clock.instant(),
                        List.of()));
        return view(c);
    }

    /** 003 (4): the progress report to the head clerk stops the 3-working-day clock, whoever handles it. */
    public ComplaintView reportProgress(UUID id, ReportProgress command) {
        Complaint c = visible(id);
        c.requireProgressReportable();
        clocks.stop(id.toString(), ComplaintClocks.PROGRESS_REPORT);
        journal.record(c, user.id(), "progress-reported", command.report(), ComplaintEvents.PROGRESS_REPORTED,
                new ComplaintEvents.ProgressReported(c.id(), c.number(), c.branch(),
                        c.department() == null ? null : c.department().name(),
                        command.report(), user.id(), clock.instant()));
        return view(c);
    }

    public ComplaintView resolve(UUID id, ResolveComplaint command) {
        Complaint c = visible(id);
        c.resolve(command.resolution(), clock.instant());
        clocks.stop(id.toString(), ComplaintClocks.FIRST_RESPONSE, ComplaintClocks.PROGRESS_REPORT,
                ComplaintClocks.RESOLUTION);
        journal.record(c, user.id(), "resolved", command.resolution(), ComplaintEvents.RESOLVED,
                new ComplaintEvents.Resolved(c.id(), c.number(), c.branch(), c.category().name(), c.isMajor(),
                        command.resolution(), c.customerName(), c.phone(), c.owner(), c.receivedAt(), c.resolvedAt(),
                        user.id()));
        Log.infof("complaint %s resolved, correlation %s", c.number(), c.correlationId());
        return view(c);
    }

    /** The customer came back: handling starts again, with a fresh resolution clock. */
    public ComplaintView reopen(UUID id, ReopenComplaint command) {
        Complaint c = visible(id);
        reopen(c, user.id(), command.reason(), null);
        return view(c);
    }

    /** Shared with the follow-up outcome: reopens {@code c} and restarts its resolution and progress clocks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopen(Complaint c, String actor, String reason, UUID revisitId) {
        c.reopen();
        // unresolved again: the resolution and the progress report count afresh
        clocks.start(c.id().toString(), ComplaintClocks.RESOLUTION, c.correlationId(), c.branch());
        clocks.start(c.id().toString(), ComplaintClocks.PROGRESS_REPORT, c.correlationId(), c.branch());
        journal.record(c, actor, "reopened", reason, ComplaintEvents.REOPENED, new ComplaintEvents.Reopened(
                c.id(), c.number(), c.branch(), reason, revisitId, actor, clock.instant(),
                List.of(ComplaintClocks.RESOLUTION, ComplaintClocks.PROGRESS_REPORT)));
    }

    private ComplaintEvents.Acknowledged acknowledged(Complaint c) {
        return new ComplaintEvents.Acknowledged(c.id(), c.number(), c.branch(), user.id(), clock.instant());
    }

    private static String note(String what, String note) {
        return note == null || note.isBlank() ? what : what + ": " + note;
    }
}
