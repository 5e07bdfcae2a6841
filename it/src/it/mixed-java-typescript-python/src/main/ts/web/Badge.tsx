export const Badge = ({ count }: { count: number }) => (
  <span>{count > 0 && count}</span>
);
