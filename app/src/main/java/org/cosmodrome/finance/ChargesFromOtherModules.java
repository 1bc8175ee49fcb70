package org.cosmodrome.finance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.LaunchStatusChanged;
import org.cosmodrome.permits.DropZoneCharged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Posts the charges other modules give rise to, from their events and through the journal's API, never from their
 * tables: a drop-zone charge of {@code permits}, and the per-launch fee of a tenant's launch when the manifest records
 * it in flight (or in a launched status). Runs synchronously inside the transaction that publishes the event, so the
 * charge and its posting commit or roll back together. Each source record is posted once ({@link Journal#post} is
 * idempotent per module and record), so an event heard again posts nothing more.
 */
@Component
class ChargesFromOtherModules {

    /** Local time at Baikonur, whose calendar day picks a launch's tariff when it has no planned day. */
    static final ZoneId BAIKONUR = ZoneId.of("Asia/Qyzylorda");

    /** The statuses of a launch that has left the pad. */
    static final Set<LaunchStatus> LAUNCHED = EnumSet.of(LaunchStatus.IN_FLIGHT, LaunchStatus.SUCCESS,
            LaunchStatus.PARTIAL_FAILURE, LaunchStatus.FAILURE);

    private final Journal journal;
    private final ChartOfAccounts accounts;
    private final Tariffs tariffs;

    ChargesFromOtherModules(Journal journal, ChartOfAccounts accounts, Tariffs tariffs) {
        this.journal = journal;
        this.accounts = accounts;
        this.tariffs = tariffs;
    }

    @EventListener
    void on(DropZoneCharged charged) {
        Money amount = Money.of(charged.amount(), Currency.valueOf(charged.currency()));
        String agreement = charged.tariff();
        String description = "Drop-zone fee (" + charged.kind().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ") for launch " + charged.launch() + " through " + charged.zone();
        post(TransactionKind.CHARGE, charged.day(), description, charged.charge(), agreement, "permits",
                charged.charge(), charged.payer(), charged.operator(), amount);
    }

    @EventListener
    void on(LaunchStatusChanged changed) {
        if (!LAUNCHED.contains(changed.to()) || LAUNCHED.contains(changed.from())) {
            return;
        }
        String payer = changed.launch().organization().value();
        String launch = changed.launch().id().value();
        LocalDate day = changed.launch().day() != null ? changed.launch().day()
                : changed.at().atZone(BAIKONUR).toLocalDate();
        tariffs.inForce(Tariff.Kind.PER_LAUNCH, payer, day).ifPresent(tariff -> post(TransactionKind.CHARGE, day,
                "Launch fee for " + launch + " (" + changed.launch().mission() + ")", launch,
                tariff.id(), "manifest", launch, payer, tariff.operator(), tariff.amount()));
    }

    private void post(TransactionKind kind, LocalDate day, String description, String documentRef, String agreement,
            String module, String ref, String payer, String operator, Money amount) {
        if (journal.bySource(module, ref).isPresent()) {
            return;
        }
        String receivable = accounts.open(AccountKind.RECEIVABLE, payer, agreement, amount.currency(),
                "Receivable from " + payer + " under " + agreement).id();
        String revenue = accounts.open(AccountKind.REVENUE, operator, agreement, amount.currency(),
                "Revenue of " + operator + " under " + agreement).id();
        journal.post(new NewTransaction(kind, day, null, description, documentRef, agreement, module, ref,
                List.of(Posting.debit(receivable, amount), Posting.credit(revenue, amount))));
    }
}
