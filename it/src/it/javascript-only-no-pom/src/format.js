const currencies = { EUR: '€', USD: '$', GBP: '£' };

export function money(amount, currency = 'EUR') {
  const symbol = currencies[currency] || currency;
  return amount < 0 ? `-${symbol}${(-amount).toFixed(2)}` : `${symbol}${amount.toFixed(2)}`;
}

export const plural = (count, word) => (count === 1 ? word : `${word}s`);
