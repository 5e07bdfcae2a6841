import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quote } from '../src/pricing.js';

test('an exempt customer pays no VAT', () => {
  const order = { lines: [{ sku: 'a', unitPrice: 10, quantity: 2 }], customer: { exempt: true } };
  assert.equal(quote(order, []), 20);
});

test('express shipping is free over 100', () => {
  const order = { lines: [{ sku: 'a', unitPrice: 100, quantity: 1 }], shipping: 'express' };
  assert.equal(quote(order, []), 120);
});
