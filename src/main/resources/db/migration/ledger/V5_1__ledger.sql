-- The ledger: an append-only Merkle log per RFC 9162. Nothing here is ever updated or deleted; triggers refuse
-- UPDATE, DELETE and TRUNCATE so that even a bug (or a careless operator without superuser rights) cannot
-- rewrite history. Tampering by a superuser is still possible and is what the monitor and proofs detect.
create schema if not exists ledger;

-- Entries accepted by Ledger.append, in the caller's transaction, waiting for the sequencer. xid is the
-- appending transaction: the sequencer takes only rows of transactions older than every running one, so a
-- transaction that commits late can never be skipped (sequence numbers alone commit out of order).
create table ledger.pending (
    sequence    bigint generated always as identity primary key,
    xid         xid8 not null default pg_current_xact_id(),
    type        text not null check (length(type) between 1 and 64),
    reference   text not null check (length(reference) between 1 and 256),
    digest      bytea not null check (octet_length(digest) = 32),
    accepted_at timestamptz not null default now()
);
create index pending_order on ledger.pending (xid, sequence);

-- The log itself: leaf i is entry i with its canonical timestamp (see uz.yagona.ledger.Entry).
create table ledger.leaf (
    leaf_index bigint primary key check (leaf_index >= 0),
    sequence   bigint not null unique references ledger.pending,
    xid        xid8 not null,
    type       text not null,
    reference  text not null,
    digest     bytea not null check (octet_length(digest) = 32),
    logged_at  timestamptz not null,
    leaf_hash  bytea not null check (octet_length(leaf_hash) = 32)
);
create index leaf_by_hash on ledger.leaf (leaf_hash);
create index leaf_by_digest on ledger.leaf (digest);

-- Hashes of the complete (perfect) subtrees: node (level, i) covers leaves [i * 2^level, (i + 1) * 2^level).
-- Level 0 holds the leaf hashes. A node is written once, when its last leaf arrives, and never changes.
create table ledger.node (
    level      smallint not null check (level between 0 and 63),
    node_index bigint not null check (node_index >= 0),
    hash       bytea not null check (octet_length(hash) = 32),
    primary key (level, node_index)
);

-- Every signed tree head published, one per batch.
create table ledger.tree_head (
    tree_size            bigint primary key check (tree_size > 0),
    root_hash            bytea not null check (octet_length(root_hash) = 32),
    published_at         timestamptz not null,
    signature            bytea not null,
    checkpoint_signature bytea not null
);

create function ledger.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'ledger.% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger pending_append_only before update or delete on ledger.pending
    for each row execute function ledger.refuse_change();
create trigger pending_no_truncate before truncate on ledger.pending
    for each statement execute function ledger.refuse_change();
create trigger leaf_append_only before update or delete on ledger.leaf
    for each row execute function ledger.refuse_change();
create trigger leaf_no_truncate before truncate on ledger.leaf
    for each statement execute function ledger.refuse_change();
create trigger node_append_only before update or delete on ledger.node
    for each row execute function ledger.refuse_change();
create trigger node_no_truncate before truncate on ledger.node
    for each statement execute function ledger.refuse_change();
create trigger tree_head_append_only before update or delete on ledger.tree_head
    for each row execute function ledger.refuse_change();
create trigger tree_head_no_truncate before truncate on ledger.tree_head
    for each statement execute function ledger.refuse_change();
