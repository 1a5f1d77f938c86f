-- Two different words of a customer's name, in both orders, for a search by two or more words ("kovacs ist"): the
-- pairs whose first word starts with one typed word and whose second starts with the other are one index range.
-- Intersecting the customers of two token ranges instead costs tens of milliseconds when both words are common
-- (Kovács, István: tens of thousands of customers each at a million).
CREATE TABLE customer_name_pair (
    first_token  BYTEA  NOT NULL,
    second_token BYTEA  NOT NULL,
    customer_id  BIGINT NOT NULL REFERENCES customer (id),
    PRIMARY KEY (first_token, second_token, customer_id)
);

INSERT INTO customer_name_pair (first_token, second_token, customer_id)
SELECT a.token, b.token, a.customer_id
FROM customer_name_token a
JOIN customer_name_token b ON b.customer_id = a.customer_id AND b.field = a.field AND b.token <> a.token
WHERE a.field = 'NAME';
