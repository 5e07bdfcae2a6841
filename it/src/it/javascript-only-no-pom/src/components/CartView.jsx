import { money, plural } from '../format.js';

export function CartView({ cart, onRemove }) {
  if (!cart.lines.length) {
    return <p className="empty">Your cart is empty</p>;
  }
  return (
    <section>
      <h2>{cart.lines.length} {plural(cart.lines.length, 'item')}</h2>
      <ul>
        {cart.lines.map((line) => (
          <li key={line.sku}>
            {line.name} {line.quantity > 1 && <span>x{line.quantity}</span>}
            <button onClick={() => onRemove(line.sku)}>Remove</button>
          </li>
        ))}
      </ul>
      <strong>{cart.total ? money(cart.total) : '-'}</strong>
    </section>
  );
}
