-- Finance: payments and commitments recorded against the budget lines of a capital programme. Each is posted to the
-- journal (a PAYMENT or a COMMITMENT transaction) and names it; a document reference is recorded once per programme.

alter table finance.programme_payment
    add column description         text,
    add column journal_transaction text references finance.transaction (id),
    add constraint programme_payment_document_once unique (programme_id, document_ref);

-- Money contracted against a budget line (by an order, a contract or an act), with the counterparty.
create table finance.programme_commitment (
    programme_id        text           not null references finance.programme (id),
    id                  text           not null,
    line_id             text           not null,
    committed_on        date           not null,
    amount              numeric(18, 2) not null check (amount > 0),
    counterparty        text           not null,
    document_ref        text           not null,
    journal_transaction text           not null references finance.transaction (id),
    recorded_at         timestamptz    not null,
    recorded_by         text           not null,
    primary key (programme_id, id),
    unique (programme_id, document_ref),
    foreign key (programme_id, line_id) references finance.programme_line (programme_id, id)
);
