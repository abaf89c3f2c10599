"use client";

// Reordering without a mouse: the handle takes arrow keys, and the buttons move one step. Both say
// what they move so a screen reader user knows which item is which.
export function ReorderControls(props: {
  label: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
}) {
  const { index, count, label } = props;
  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        draggable
        onDragStart={(event) => {
          event.dataTransfer.effectAllowed = "move";
          event.dataTransfer.setData("text/plain", label);
          props.onDragStart();
        }}
        onDragEnd={props.onDragEnd}
        onKeyDown={(event) => {
          if (event.key === "ArrowUp" && index > 0) {
            event.preventDefault();
            props.onMove(index - 1);
          } else if (event.key === "ArrowDown" && index < count - 1) {
            event.preventDefault();
            props.onMove(index + 1);
          }
        }}
        aria-label={`Reorder ${label}: drag, or press the up and down arrow keys`}
        className="cursor-grab rounded px-1 text-zinc-500 hover:bg-zinc-100"
        data-reorder-handle={label}
      >
        ⠿
      </button>
      <button
        type="button"
        disabled={index === 0}
        onClick={() => props.onMove(index - 1)}
        aria-label={`Move ${label} up`}
        className="rounded px-1 text-zinc-600 hover:bg-zinc-100 disabled:opacity-30"
      >
        ↑
      </button>
      <button
        type="button"
        disabled={index === count - 1}
        onClick={() => props.onMove(index + 1)}
        aria-label={`Move ${label} down`}
        className="rounded px-1 text-zinc-600 hover:bg-zinc-100 disabled:opacity-30"
      >
        ↓
      </button>
    </div>
  );
}
