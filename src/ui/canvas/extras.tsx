/**
 * What the canvas draws beside tables and views: a Postgres schema's labelled area (when the
 * diagram has several schemas), the user's groups (named, coloured frames around their tables;
 * dragging the name moves the group) and sticky notes. Areas and group frames lie under the
 * tables and let the pointer through, except on their label.
 */
import { NodeResizer, type Node, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useState } from 'react';
import { attempt, execute } from '../commands/execute';
import { GROUP_COLORS, NOTE_COLORS } from '../commands/canvas-commands';

export type AreaNodeData = { label: string };
export type GroupNodeData = { groupId: string; name: string; color: string; count: number };
export type NoteNodeData = { noteId: string; text: string; color: string };

export type AreaFlowNode = Node<AreaNodeData, 'area'>;
export type GroupFlowNode = Node<GroupNodeData, 'group'>;
export type NoteFlowNode = Node<NoteNodeData, 'note'>;

export const AreaNode = memo(function AreaNode({ data }: NodeProps<AreaFlowNode>) {
  return (
    <div className="er-area" data-testid="schema-area">
      <span className="er-area__label">{data.label}</span>
    </div>
  );
});

function GroupName({ id, name, onDone }: { id: string; name: string; onDone: () => void }) {
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<string>();
  const commit = () => {
    if (draft === name) return onDone();
    const problem = attempt('update-group', { id, name: draft }).error;
    if (problem) setError(problem);
    else onDone();
  };
  return (
    <input
      className={`er-group__rename nodrag nopan${error ? ' is-invalid' : ''}`}
      value={draft}
      autoFocus
      aria-label="Group name"
      title={error}
      data-testid="group-rename"
      onFocus={(event) => event.target.select()}
      onChange={(event) => {
        setDraft(event.target.value);
        setError(undefined);
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') commit();
        else if (event.key === 'Escape') onDone();
      }}
      onBlur={() => (error ? onDone() : commit())}
    />
  );
}

export const GroupNode = memo(function GroupNode({ data }: NodeProps<GroupFlowNode>) {
  const [renaming, setRenaming] = useState(false);
  return (
    <div className="er-group" style={{ '--group-color': data.color } as React.CSSProperties} data-testid="group" data-group={data.groupId} aria-label={`Group ${data.name}`}>
      <div className="er-group__bar" title="Drag to move the group; double-click the name to rename it">
        {renaming ? (
          <GroupName id={data.groupId} name={data.name} onDone={() => setRenaming(false)} />
        ) : (
          <span className="er-group__name" data-testid="group-name" onDoubleClick={() => setRenaming(true)}>
            {data.name}
          </span>
        )}
        <span className="er-group__count">{data.count}</span>
        <select
          className="er-group__color nodrag"
          aria-label={`Colour of group ${data.name}`}
          value={data.color}
          onChange={(event) => execute('update-group', { id: data.groupId, color: event.target.value })}
        >
          {[...new Set([data.color, ...GROUP_COLORS])].map((color) => (
            <option key={color} value={color} style={{ background: color }}>
              {color}
            </option>
          ))}
        </select>
        <button type="button" className="er-group__delete nodrag" aria-label={`Ungroup ${data.name}`} title="Ungroup (the tables stay)" onClick={() => execute('delete-group', { id: data.groupId })}>
          ×
        </button>
      </div>
    </div>
  );
});

export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<NoteFlowNode>) {
  const [text, setText] = useState(data.text);
  // The document's text (undo, another tab of the same note) replaces the draft.
  useEffect(() => setText(data.text), [data.text]);
  return (
    <div className="er-note" style={{ background: data.color }} data-testid="note" data-note={data.noteId}>
      <NodeResizer
        isVisible={selected}
        minWidth={120}
        minHeight={60}
        onResizeEnd={(_, params) => execute('update-note', { id: data.noteId, at: { x: params.x, y: params.y }, size: { width: params.width, height: params.height } })}
      />
      <div className="er-note__bar" title="Drag to move the note">
        <select className="er-note__color nodrag" aria-label="Note colour" value={data.color} onChange={(event) => execute('update-note', { id: data.noteId, color: event.target.value })}>
          {[...new Set([data.color, ...NOTE_COLORS])].map((color) => (
            <option key={color} value={color} style={{ background: color }}>
              {color}
            </option>
          ))}
        </select>
        <button type="button" className="er-note__delete nodrag" aria-label="Delete note" onClick={() => execute('delete-note', { id: data.noteId })}>
          ×
        </button>
      </div>
      <textarea
        className="er-note__text nodrag nowheel"
        aria-label="Note"
        placeholder="Note…"
        value={text}
        data-own-undo
        onChange={(event) => {
          setText(event.target.value);
          execute('update-note', { id: data.noteId, text: event.target.value });
        }}
        onKeyDown={(event) => event.stopPropagation()}
      />
    </div>
  );
});
