-- Each send of a case is one pending code with one message key and one text, fixed before the provider is called
-- and kept by every retry: the text is derived from the secret key and the send nonce, erased once the provider
-- accepted it. Delivery reports, cancellation and the notice to a replaced number are recorded on the code.
ALTER TABLE security_code ADD COLUMN send_number INTEGER;
ALTER TABLE security_code ADD COLUMN message_key VARCHAR(64);
ALTER TABLE security_code ADD COLUMN recipient VARCHAR(16);
ALTER TABLE security_code ADD COLUMN send_nonce VARCHAR(32);
ALTER TABLE security_code ADD COLUMN replaced_number VARCHAR(16);
ALTER TABLE security_code ADD COLUMN accepted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE security_code ADD COLUMN superseded_by BIGINT;
ALTER TABLE security_code ADD COLUMN delivery_status VARCHAR(10);
ALTER TABLE security_code ADD COLUMN delivery_reported_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE security_code ADD COLUMN cancelled_by VARCHAR(64);

ALTER TABLE security_code DROP CONSTRAINT ck_security_code_status;
ALTER TABLE security_code ADD CONSTRAINT ck_security_code_status
    CHECK (status IN ('PENDING', 'ACTIVE', 'REDEEMED', 'EXPIRED', 'LOCKED', 'SUPERSEDED', 'CANCELLED'));
ALTER TABLE security_code ADD CONSTRAINT ck_security_code_delivery
    CHECK (delivery_status IS NULL OR delivery_status IN ('DELIVERED', 'FAILED', 'EXPIRED'));

CREATE UNIQUE INDEX uq_security_code_send ON security_code (process_instance_id, send_number);
CREATE UNIQUE INDEX uq_security_code_message_key ON security_code (message_key);
