-- ===== sql/1708676327.sql =====

-- Copyright 2024 Blnk Finance Authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- +migrate Up
CREATE SCHEMA IF NOT EXISTS blnk;

-- +migrate Up
CREATE TABLE IF NOT EXISTS blnk.ledgers
(
    id         SERIAL PRIMARY KEY,
    name       TEXT,
    ledger_id  TEXT      NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    meta_data  JSONB
);

-- +migrate Up
CREATE TABLE IF NOT EXISTS blnk.identity
(
    id                SERIAL PRIMARY KEY,
    identity_id       TEXT      NOT NULL UNIQUE,
    first_name        TEXT      NOT NULL,
    last_name         TEXT      NOT NULL,
    other_names       TEXT,
    gender            TEXT,
    dob               DATE,
    email_address     TEXT,
    phone_number      TEXT,
    nationality       TEXT,
    street            TEXT,
    country           TEXT,
    state             TEXT,
    organization_name TEXT,
    category          TEXT,
    identity_type     TEXT,
    post_code         TEXT,
    city              TEXT,
    created_at        TIMESTAMP NOT NULL DEFAULT NOW(),
    meta_data         JSONB
);

-- +migrate Up
CREATE TABLE IF NOT EXISTS blnk.balances
(
    id                  SERIAL PRIMARY KEY,
    balance_id          TEXT      NOT NULL UNIQUE,
    indicator           TEXT,
    balance             BIGINT    NOT NULL,
    credit_balance      BIGINT    NOT NULL,
    debit_balance       BIGINT    NOT NULL,
    currency            TEXT      NOT NULL,
    currency_multiplier BIGINT    NOT NULL,
    ledger_id           TEXT      NOT NULL REFERENCES blnk.LEDGERS (ledger_id),
    identity_id         TEXT REFERENCES blnk.IDENTITY (identity_id),
    created_at          TIMESTAMP NOT NULL DEFAULT NOW(),
    modification_ref    TEXT,
    meta_data           JSONB
);

-- +migrate Up
CREATE TABLE IF NOT EXISTS blnk.accounts
(
    id          SERIAL PRIMARY KEY,
    account_id  TEXT      NOT NULL UNIQUE,
    name        TEXT      NOT NULL,
    number      TEXT      NOT NULL UNIQUE,
    bank_name   TEXT      NOT NULL,
    currency    TEXT      NOT NULL,
    created_at  TIMESTAMP NOT NULL DEFAULT NOW(),
    ledger_id   TEXT      NOT NULL REFERENCES blnk.LEDGERS (ledger_id),
    identity_id TEXT      NOT NULL REFERENCES blnk.IDENTITY (identity_id),
    balance_id  TEXT      NOT NULL REFERENCES blnk.BALANCES (balance_id),
    meta_data   JSONB
);

-- +migrate Up
CREATE TABLE IF NOT EXISTS blnk.balance_monitors
(
    id            SERIAL PRIMARY KEY,
    monitor_id    TEXT      NOT NULL UNIQUE,
    balance_id    TEXT      NOT NULL REFERENCES blnk.BALANCES (balance_id),
    field         TEXT      NOT NULL CHECK (field IN ('debit_balance', 'credit_balance', 'balance')),
    operator      TEXT      NOT NULL CHECK (operator IN ('>', '<', '>=', '<=', '=')),
    value         BIGINT    NOT NULL,
    description   TEXT,
    call_back_url TEXT,
    created_at    TIMESTAMP NOT NULL DEFAULT NOW()
);

-- +migrate Up
CREATE TABLE IF NOT EXISTS blnk.transactions
(
    id             SERIAL PRIMARY KEY,
    transaction_id TEXT      NOT NULL UNIQUE,
    source         TEXT,
    destination    TEXT,
    description    TEXT,
    reference      TEXT,
    amount         BIGINT,
    currency       TEXT,
    status         TEXT,
    hash         TEXT,
    created_at     TIMESTAMP NOT NULL DEFAULT NOW(),
    scheduled_for  TIMESTAMP,
    meta_data      JSONB,
    CONSTRAINT fk_source_balance FOREIGN KEY (source) REFERENCES blnk.balances (balance_id),
    CONSTRAINT fk_destination_balance FOREIGN KEY (destination) REFERENCES blnk.balances (balance_id)
);

-- +migrate Up
CREATE INDEX idx_transactions_reference ON blnk.transactions (reference);
CREATE INDEX idx_balances_indicator ON blnk.balances (indicator);
CREATE UNIQUE INDEX idx_unique_indicator_on_non_nulls ON blnk.balances (indicator) WHERE indicator IS NOT NULL;

-- +migrate Up
INSERT INTO blnk.ledgers (name, ledger_id, created_at, meta_data)
VALUES ('General Ledger', 'general_ledger_id', NOW(), '{}')
ON CONFLICT (ledger_id) DO NOTHING;


-- ===== sql/1711640389.sql =====

-- Copyright 2024 Blnk Finance Authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- +migrate Up
ALTER TABLE blnk.balances ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;

-- ===== sql/1712395973.sql =====

-- Copyright 2024 Blnk Finance Authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- +migrate Up
ALTER TABLE blnk.balances ADD COLUMN inflight_balance BIGINT DEFAULT 0 NOT NULL;;
ALTER TABLE blnk.balances ADD COLUMN inflight_credit_balance BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE blnk.balances ADD COLUMN inflight_debit_balance BIGINT DEFAULT 0 NOT NULL;

-- ===== sql/1712660388.sql =====

-- Copyright 2024 Blnk Finance Authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- +migrate Up
ALTER TABLE blnk.transactions ALTER COLUMN amount TYPE FLOAT USING amount::FLOAT;
ALTER TABLE blnk.transactions ADD COLUMN precise_amount BIGINT;
ALTER TABLE blnk.transactions ADD COLUMN precision BIGINT DEFAULT 1;
ALTER TABLE blnk.transactions ADD COLUMN rate BIGINT DEFAULT 1;


-- +migrate Up
DROP INDEX IF EXISTS blnk.idx_unique_indicator_on_non_nulls;


-- ===== sql/1712749737.sql =====

-- Copyright 2024 Blnk Finance Authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- +migrate Up
create or replace function blnk.get_balances_by_id(source_id TEXT, destination_id TEXT)
    returns table(balance_id TEXT, currency TEXT, currency_multiplier BIGINT,ledger_id TEXT, balance BIGINT, credit_balance BIGINT, debit_balance BIGINT, inflight_balance BIGINT, inflight_credit_balance BIGINT, inflight_debit_balance BIGINT, created_at TIMESTAMP, version INTEGER)
    language sql
    immutable
    strict
as
$$
select b.balance_id,b.currency,b.currency_multiplier,b.ledger_id,b.balance,b.credit_balance,b.debit_balance,b.inflight_balance,b.inflight_credit_balance,b.inflight_debit_balance,b.created_at,b.version FROM blnk.balances b WHERE b.balance_id IN (source_id, destination_id)
$$;


-- +migrate StatementBegin
create or replace FUNCTION blnk.capture_changes()
    returns TRIGGER
as
$$
declare
    payload JSON;
begin
    payload := json_build_object(
            'table', TG_TABLE_NAME,
            'data', row_to_json(NEW)
        );
    perform pg_notify('data_change', payload::text);
    return NEW;
end;
$$
language plpgsql;
-- +migrate StatementEnd

-- +migrate Up
CREATE TRIGGER transaction_after_insert AFTER INSERT ON blnk.transactions  FOR EACH ROW EXECUTE FUNCTION blnk.capture_changes();
CREATE TRIGGER ledger_after_insert AFTER INSERT ON blnk.ledgers FOR EACH ROW EXECUTE FUNCTION blnk.capture_changes();
CREATE TRIGGER balance_after_insert AFTER INSERT ON blnk.balances FOR EACH ROW EXECUTE FUNCTION blnk.capture_changes();
CREATE TRIGGER balance_after_update AFTER UPDATE ON blnk.balances FOR EACH ROW EXECUTE FUNCTION blnk.capture_changes();
-- ===== sql/1713790634.sql =====

-- Copyright 2024 Blnk Finance Authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- +migrate Up
ALTER TABLE blnk.balance_monitors DROP CONSTRAINT IF EXISTS balance_monitors_field_check;
ALTER TABLE blnk.balance_monitors ADD CONSTRAINT balance_monitors_field_check CHECK (field IN ('debit_balance', 'credit_balance', 'balance', 'inflight_debit_balance', 'inflight_credit_balance', 'inflight_balance'));
ALTER TABLE blnk.balance_monitors DROP CONSTRAINT IF EXISTS balance_monitors_operator_check;
ALTER TABLE blnk.balance_monitors ADD CONSTRAINT balance_monitors_operator_check CHECK (operator IN ('>', '<', '>=', '<=', '=', '!='));

-- ===== sql/1714213688.sql =====

-- Copyright 2024 Blnk Finance Authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- +migrate Up
ALTER TABLE blnk.transactions ADD COLUMN parent_transaction TEXT;

-- ===== sql/1715045770.sql =====

-- Copyright 2024 Blnk Finance Authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- +migrate Up
ALTER TABLE blnk.balance_monitors ADD COLUMN precision FLOAT;
ALTER TABLE blnk.balance_monitors ADD COLUMN precise_value BIGINT;

-- ===== sql/1721227454.sql =====

-- Copyright 2024 Blnk Finance Authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- +migrate Up
CREATE INDEX IF NOT EXISTS idx_transactions_status ON blnk.transactions (status);
CREATE INDEX IF NOT EXISTS idx_transactions_parent_transaction ON blnk.transactions (parent_transaction);

-- ===== sql/1721922047.sql =====

-- Copyright 2024 Blnk Finance Authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- +migrate Up
CREATE SCHEMA IF NOT EXISTS blnk;

-- Create reconciliations table
CREATE TABLE IF NOT EXISTS blnk.reconciliations (
    id SERIAL PRIMARY KEY,
    reconciliation_id TEXT NOT NULL,
    upload_id TEXT NOT NULL,
    status VARCHAR(50) NOT NULL,
    matched_transactions INT NOT NULL,
    unmatched_transactions INT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP
);

-- Create matches table
CREATE TABLE IF NOT EXISTS blnk.matches (
    id SERIAL PRIMARY KEY,
    external_transaction_id TEXT NOT NULL,
    internal_transaction_id TEXT NOT NULL,
    reconciliation_id TEXT NOT NULL,
    amount NUMERIC(12, 2) NOT NULL,
    date TIMESTAMP NOT NULL
);

-- Create unmatched table
CREATE TABLE IF NOT EXISTS blnk.unmatched (
    id SERIAL PRIMARY KEY,
    external_transaction_id TEXT NOT NULL,
    reconciliation_id TEXT NOT NULL,
    date TIMESTAMP NOT NULL
);

-- Create external_transactions table
CREATE TABLE IF NOT EXISTS blnk.external_transactions (
    id TEXT PRIMARY KEY,
    amount NUMERIC(12, 2) NOT NULL,
    reference VARCHAR(255) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    description TEXT,
    date TIMESTAMP NOT NULL,
    source VARCHAR(255) NOT NULL,
    upload_id TEXT NOT NULL
);

-- Create reconciliation_progress table
CREATE TABLE IF NOT EXISTS blnk.reconciliation_progress (
    processed_count BIGINT,
    reconciliation_id TEXT UNIQUE,
    last_processed_external_txn_id TEXT
);

-- Create matching_rules table
CREATE TABLE IF NOT EXISTS blnk.matching_rules (
    id SERIAL PRIMARY KEY,
    rule_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    name VARCHAR(255) NOT NULL,
    description TEXT,
    criteria JSONB NOT NULL
);

-- Create indexes
CREATE INDEX idx_reconciliations_upload_id ON blnk.reconciliations (upload_id);
CREATE INDEX idx_external_transactions_upload_id ON blnk.external_transactions (upload_id);
CREATE INDEX idx_reconciliations_progress_id ON blnk.reconciliation_progress (reconciliation_id);

-- ===== sql/1723454727.sql =====

-- Copyright 2024 Blnk Finance Authors.
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--     http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.

-- +migrate Up
ALTER TABLE blnk.balances
    ALTER COLUMN balance TYPE NUMERIC USING balance::NUMERIC,
    ALTER COLUMN credit_balance TYPE NUMERIC USING credit_balance::NUMERIC,
    ALTER COLUMN debit_balance TYPE NUMERIC USING debit_balance::NUMERIC,
    ALTER COLUMN currency_multiplier TYPE NUMERIC USING currency_multiplier::NUMERIC;

