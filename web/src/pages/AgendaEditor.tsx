import { useEffect, useState } from 'preact/hooks';
import { ApiError, gql, type Capabilities } from '../api';
import { Badge, ErrorMessage, Fi, Loading, NotAvailable, PageTitle } from '../components';
import { useLoad } from '../hooks';
import { useI18n } from '../i18n';
import { helsinkiStartsAt, startsAtParts } from '../time';
import { useNames } from '../names';
import { fetchMeeting, listOrganizations, type AgendaItem, type Meeting, type RelatedEntity } from '../queries';
import { Link } from '../router';

const ROLES = ['party', 'affected', 'evaluated', 'representative'];

interface Suggestion {
  /** 'title' or 'description' (newer services). */
  field?: string;
  entityName?: string | null;
  /** new, related (already linked), accepted or rejected (newer services). */
  status?: string;
  start: number;
  end: number;
  surface: string;
  entityType: 'organization' | 'person';
  entityId: string | null;
  candidates: unknown[] | null;
  confidence: number | null;
  reason: string | null;
  ambiguous: boolean | null;
}

/** Runs a mutation whose input is one object argument, keeping only fields the service knows. */
async function mutateInput(caps: Capabilities, op: string, input: Record<string, unknown>): Promise<void> {
  const field = `Mutation.${op}`;
  const inputType = caps.inputTypeName(field, 'input');
  const typeName = caps.argType(field, 'input', `${op[0].toUpperCase()}${op.slice(1)}Input!`);
  const related = inputType ? caps.namedType(`${inputType}.relatedEntities`) : null;
  const value: Record<string, unknown> = { ...input };
  if (Array.isArray(value.relatedEntities))
    value.relatedEntities = (value.relatedEntities as Record<string, unknown>[]).map((r) => caps.onlyKnown(related, r));
  await gql(`mutation ${op[0].toUpperCase()}${op.slice(1)}($input: ${typeName}) { ${op}(input: $input) ${caps.resultSelection(field)} }`, {
    input: caps.onlyKnown(inputType, value),
  });
}

function entityInput(r: RelatedEntity) {
  return { entityType: r.entityType, entityId: r.entityId, role: r.role, note: r.note, onBehalfOf: r.onBehalfOf };
}

function candidateIds(s: Suggestion): string[] {
  return (s.candidates ?? [])
    .map((c) =>
      typeof c === 'string'
        ? c
        : c && typeof c === 'object'
          ? String((c as Record<string, unknown>).entityId ?? (c as Record<string, unknown>).id ?? '')
          : '',
    )
    .filter(Boolean);
}

/** The text around a suggestion, with the words that were recognised marked. */
function Snippet({ item, s }: { item: AgendaItem; s: Suggestion }) {
  const texts = [
    item.description ?? '',
    item.title,
    `${item.title}\n${item.description ?? ''}`,
    `${item.title}\n\n${item.description ?? ''}`,
  ];
  if (s.field === 'title') texts.unshift(item.title);
  let text = texts.find((x) => x.slice(s.start, s.end) === s.surface);
  let start = s.start;
  if (!text) {
    text = texts[2];
    start = text.indexOf(s.surface);
    if (start < 0) return <Fi>“{s.surface}”</Fi>;
  }
  const end = start + s.surface.length;
  const before = text.slice(Math.max(0, start - 50), start);
  const after = text.slice(end, end + 50);
  return (
    <Fi>
      …{before}
      <mark>{s.surface}</mark>
      {after}…
    </Fi>
  );
}

function Suggestions({ item, caps, onChanged }: { item: AgendaItem; caps: Capabilities; onChanged: (message: string) => void }) {
  const { t, label } = useI18n();
  const [list, setList] = useState<Suggestion[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [roles, setRoles] = useState<Record<number, string>>({});
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [rejecting, setRejecting] = useState<number | null>(null);
  const [rejectReason, setRejectReason] = useState('');
  const [picked, setPicked] = useState<Record<number, string>>({});
  const orgIds = (list ?? []).flatMap((s) => (s.entityType === 'organization' ? [s.entityId ?? '', ...candidateIds(s)] : []));
  const personIds = (list ?? []).flatMap((s) => (s.entityType === 'person' ? [s.entityId ?? '', ...candidateIds(s)] : []));
  const orgName = useNames('organization', orgIds);
  const personName = useNames('person', personIds);
  const nameOf = (s: Suggestion, id: string) =>
    id === s.entityId && s.entityName ? s.entityName : s.entityType === 'person' ? personName(id) : orgName(id);
  const canReject = caps.has('Mutation.rejectSuggestion');

  if (!caps.has('Mutation.acceptSuggestion') || !caps.has('Query.detectCounterparties')) {
    return <p class="muted small">{t('agenda.suggestionsUnavailable')}</p>;
  }
  const detect = async () => {
    setBusy(true);
    setError(null);
    try {
      const candidates = caps.select('CounterpartySuggestion.candidates');
      const data = await gql<{ detectCounterparties: Suggestion[] }>(
        `query Detect($itemId: ID!) { detectCounterparties(itemId: $itemId) {
          start end surface entityType entityId ${candidates} confidence reason ambiguous
          ${caps.pick('CounterpartySuggestion.field', 'field')} ${caps.pick('CounterpartySuggestion.entityName', 'entityName')} ${caps.pick('CounterpartySuggestion.status', 'status')} } }`,
        { itemId: item.id },
      );
      setList(data.detectCounterparties);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const accept = async (s: Suggestion, index: number) => {
    const entityId = picked[index] ?? s.entityId ?? candidateIds(s)[0];
    if (!entityId) return;
    setError(null);
    try {
      const f = 'Mutation.acceptSuggestion';
      const withNote = caps.argType(f, 'note', '') !== '';
      await gql(
        `mutation Accept($itemId: ID!, $entityType: ${caps.argType(f, 'entityType', 'EntityType!')}, $entityId: ID!, $role: ${caps.argType(f, 'role', 'RelatedEntityRole!')}${withNote ? ', $note: String' : ''}) {
          acceptSuggestion(itemId: $itemId, entityType: $entityType, entityId: $entityId, role: $role${withNote ? ', note: $note' : ''}) ${caps.resultSelection(f)} }`,
        {
          itemId: item.id,
          entityType: s.entityType,
          entityId,
          role: roles[index] ?? 'party',
          ...(withNote ? { note: notes[index]?.trim() || null } : {}),
        },
      );
      setList((old) => (old ?? []).filter((_, i) => i !== index));
      onChanged(t('agenda.accepted', { name: nameOf(s, entityId) }));
    } catch (err) {
      setError(err);
    }
  };
  const reject = async (s: Suggestion, index: number) => {
    const entityId = picked[index] ?? s.entityId ?? candidateIds(s)[0];
    if (!entityId || rejectReason.trim().length < 3) {
      setError(new ApiError('reason', 'BAD_USER_INPUT', [{ message: t('agenda.rejectReasonRequired') }]));
      return;
    }
    setError(null);
    try {
      const f = 'Mutation.rejectSuggestion';
      await gql(
        `mutation Reject($itemId: ID!, $entityType: ${caps.argType(f, 'entityType', 'EntityType!')}, $entityId: ID!, $reason: String!) {
          rejectSuggestion(itemId: $itemId, entityType: $entityType, entityId: $entityId, reason: $reason) ${caps.resultSelection(f)} }`,
        { itemId: item.id, entityType: s.entityType, entityId, reason: rejectReason.trim() },
      );
      setList((old) => (old ?? []).filter((_, i) => i !== index));
      setRejecting(null);
      setRejectReason('');
      onChanged(t('agenda.rejected', { name: nameOf(s, entityId) }));
    } catch (err) {
      setError(err);
    }
  };
  const known = new Set(item.relatedEntities.map((r) => `${r.entityType}:${r.entityId}`));
  return (
    <div class="suggestions">
      <button type="button" onClick={detect} disabled={busy}>
        {t('agenda.suggest')}
      </button>
      <ErrorMessage error={error} />
      {list && list.length === 0 && <p>{t('agenda.noSuggestions')}</p>}
      {list && list.length > 0 && (
        <ul class="suggestion-list" aria-label={t('agenda.suggestionsFor', { title: item.title })}>
          {list.map((s, i) => {
            const ids = candidateIds(s);
            const already = s.status === 'related' || s.status === 'accepted' || (s.entityId && known.has(`${s.entityType}:${s.entityId}`));
            const rejected = s.status === 'rejected';
            return (
              <li key={`${s.start}-${s.end}-${s.entityId}`} class="suggestion">
                <p>
                  <Snippet item={item} s={s} />
                </p>
                <p>
                  <strong>{s.entityId ? nameOf(s, s.entityId) : t('agenda.unresolved')}</strong>{' '}
                  {s.confidence !== null && <span class="muted">{t('agenda.confidence', { n: Math.round(s.confidence * 100) })}</span>}{' '}
                  {s.ambiguous && <Badge tone="amber">{t('agenda.ambiguous')}</Badge>}{' '}
                  {already && <Badge tone="grey">{t('agenda.alreadyLinked')}</Badge>}{' '}
                  {rejected && <Badge tone="grey">{t('agenda.rejectedBadge')}</Badge>}
                </p>
                {s.reason && <p class="muted small">{label('suggestionReason', s.reason)}</p>}
                {ids.length > 1 && (
                  <fieldset>
                    <legend>{t('agenda.pickCandidate')}</legend>
                    {ids.map((id) => (
                      <div class="radio" key={id}>
                        <input
                          type="radio"
                          id={`cand-${item.id}-${i}-${id}`}
                          name={`cand-${item.id}-${i}`}
                          checked={(picked[i] ?? s.entityId ?? ids[0]) === id}
                          onChange={() => setPicked({ ...picked, [i]: id })}
                        />
                        <label for={`cand-${item.id}-${i}-${id}`}>{nameOf(s, id)}</label>
                      </div>
                    ))}
                  </fieldset>
                )}
                {!already && (
                  <div class="inline-form">
                    <div class="field">
                      <label for={`role-${item.id}-${i}`}>{t('agenda.role')}</label>
                      <RoleSelect
                        id={`role-${item.id}-${i}`}
                        value={roles[i] ?? 'party'}
                        onChange={(v) => setRoles({ ...roles, [i]: v })}
                      />
                    </div>
                    <div class="field">
                      <label for={`note-${item.id}-${i}`}>{t('agenda.note')}</label>
                      <input
                        id={`note-${item.id}-${i}`}
                        type="text"
                        value={notes[i] ?? ''}
                        onInput={(e) => setNotes({ ...notes, [i]: (e.target as HTMLInputElement).value })}
                      />
                    </div>
                    <div class="field">
                      <button type="button" onClick={() => accept(s, i)} disabled={!s.entityId && ids.length === 0}>
                        {t('agenda.accept')}
                        <span class="visually-hidden">: {s.surface}</span>
                      </button>
                    </div>
                    {canReject && !rejected && rejecting !== i && (
                      <div class="field">
                        <button
                          type="button"
                          onClick={() => {
                            setRejecting(i);
                            setRejectReason('');
                          }}
                        >
                          {t('agenda.reject')}
                          <span class="visually-hidden">: {s.surface}</span>
                        </button>
                      </div>
                    )}
                  </div>
                )}
                {rejecting === i && (
                  <div class="inline-form">
                    <div class="field">
                      <label for={`reject-${item.id}-${i}`}>{t('agenda.rejectReason')}</label>
                      <input
                        id={`reject-${item.id}-${i}`}
                        type="text"
                        value={rejectReason}
                        aria-required="true"
                        onInput={(e) => setRejectReason((e.target as HTMLInputElement).value)}
                      />
                    </div>
                    <div class="field buttons">
                      <button type="button" class="primary" onClick={() => reject(s, i)}>
                        {t('agenda.rejectSubmit')}
                      </button>
                      <button type="button" onClick={() => setRejecting(null)}>
                        {t('common.cancel')}
                      </button>
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function RoleSelect({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const { label } = useI18n();
  return (
    <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {label('entityRole', r)}
        </option>
      ))}
    </select>
  );
}

function ItemForm({
  item,
  meetingId,
  nextOrder,
  caps,
  onSaved,
  onCancel,
}: {
  item: AgendaItem | null;
  meetingId: string;
  nextOrder: number;
  caps: Capabilities;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const prefix = item ? `edit-${item.id}` : 'new-item';
  const [title, setTitle] = useState(item?.title ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [order, setOrder] = useState(String(item?.order ?? nextOrder));
  const [urgent, setUrgent] = useState(item?.urgent ?? false);
  const [id, setId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (item) {
        await mutateInput(caps, 'updateAgendaItem', {
          id: item.id,
          version: item.version,
          title,
          description: description || null,
          order: Number(order),
          urgent,
        });
        onSaved(t('agenda.saved'));
      } else {
        await mutateInput(caps, 'addAgendaItem', {
          meetingId,
          ...(id.trim() ? { id: id.trim() } : {}),
          order: Number(order),
          title,
          description: description || null,
          relatedEntities: [],
          preparedBy: [],
          urgent,
        });
        onSaved(t('agenda.added'));
      }
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form class="item-form" onSubmit={submit}>
      <ErrorMessage error={error} />
      <div class="grid">
        {!item && (
          <div class="field">
            <label for={`${prefix}-id`}>{t('agenda.itemId')}</label>
            <input
              id={`${prefix}-id`}
              type="text"
              value={id}
              aria-describedby={`${prefix}-id-hint`}
              onInput={(e) => setId((e.target as HTMLInputElement).value)}
            />
            <p class="hint" id={`${prefix}-id-hint`}>
              {t('meetings.idHint')}
            </p>
          </div>
        )}
        <div class="field narrow-field">
          <label for={`${prefix}-order`}>{t('agenda.order')}</label>
          <input
            id={`${prefix}-order`}
            type="number"
            min={1}
            required
            value={order}
            onInput={(e) => setOrder((e.target as HTMLInputElement).value)}
          />
        </div>
      </div>
      <div class="field">
        <label for={`${prefix}-title`}>{t('agenda.itemTitle')}</label>
        <input id={`${prefix}-title`} type="text" required value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for={`${prefix}-description`}>{t('agenda.description')}</label>
        <textarea
          id={`${prefix}-description`}
          rows={6}
          value={description}
          onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="checkbox">
        <input
          id={`${prefix}-urgent`}
          type="checkbox"
          checked={urgent}
          onChange={(e) => setUrgent((e.target as HTMLInputElement).checked)}
        />
        <label for={`${prefix}-urgent`}>{t('agenda.urgent')}</label>
      </div>
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy}>
          {item ? t('common.save') : t('agenda.add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function AddEntityForm({ item, caps, onSaved }: { item: AgendaItem; caps: Capabilities; onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const [entityId, setEntityId] = useState('');
  const [role, setRole] = useState('party');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const orgs = useLoad(listOrganizations, []);
  const prefix = `entity-${item.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const chosen = entityId.trim();
    const org = orgs.data?.find((o) => o.id === chosen || o.name === chosen);
    if (!org) {
      setError(new ApiError('unknown organization', 'BAD_USER_INPUT', [{ message: t('agenda.unknownOrganization') }]));
      return;
    }
    try {
      const relatedEntities = [
        ...item.relatedEntities.map(entityInput),
        { entityType: 'organization', entityId: org.id, role, note: note.trim() || null, onBehalfOf: null },
      ];
      await mutateInput(caps, 'updateAgendaItem', { id: item.id, version: item.version, relatedEntities });
      setEntityId('');
      setNote('');
      onSaved(t('agenda.entityAdded', { name: org.name }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form class="inline-form wrap" onSubmit={submit} aria-label={`${t('agenda.addEntity')}: ${item.title}`}>
      <ErrorMessage error={error} />
      <div class="field">
        <label for={`${prefix}-org`}>{t('agenda.organization')}</label>
        <input
          id={`${prefix}-org`}
          type="text"
          list="organization-list"
          required
          value={entityId}
          onInput={(e) => setEntityId((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for={`${prefix}-role`}>{t('agenda.role')}</label>
        <RoleSelect id={`${prefix}-role`} value={role} onChange={setRole} />
      </div>
      <div class="field">
        <label for={`${prefix}-note`}>{t('agenda.note')}</label>
        <input id={`${prefix}-note`} type="text" value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
      </div>
      <button type="submit">{t('agenda.addEntity')}</button>
    </form>
  );
}

function ItemEditor({
  item,
  caps,
  editable,
  onChanged,
}: {
  item: AgendaItem;
  caps: Capabilities;
  editable: boolean;
  onChanged: (message: string) => void;
}) {
  const { t, label } = useI18n();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const orgName = useNames(
    'organization',
    item.relatedEntities.filter((r) => r.entityType === 'organization').map((r) => r.entityId),
  );
  const personName = useNames(
    'person',
    item.relatedEntities.filter((r) => r.entityType === 'person').map((r) => r.entityId),
  );
  const headingId = `agenda-${item.id}`;
  const removeEntity = async (index: number) => {
    setError(null);
    try {
      await mutateInput(caps, 'updateAgendaItem', {
        id: item.id,
        version: item.version,
        relatedEntities: item.relatedEntities.filter((_, i) => i !== index).map(entityInput),
      });
      onChanged(t('agenda.entityRemoved'));
    } catch (err) {
      setError(err);
    }
  };
  const removeItem = async () => {
    if (!window.confirm(t('agenda.removeConfirm', { title: item.title }))) return;
    setError(null);
    try {
      const f = 'Mutation.removeAgendaItem';
      await gql(
        `mutation Remove($id: ID!, $version: ${caps.argType(f, 'version', 'Int!')}) { removeAgendaItem(id: $id, version: $version) ${caps.resultSelection(f)} }`,
        { id: item.id, version: item.version },
      );
      onChanged(t('agenda.removed'));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section class="card item" aria-labelledby={headingId} data-testid="agenda-item">
      <h2 id={headingId}>
        <span class="item-order">§ {item.order}</span> <Fi>{item.title}</Fi>{' '}
        {item.urgent && <Badge tone="amber">{t('agenda.urgent')}</Badge>}
      </h2>
      <ErrorMessage error={error} />
      {error instanceof ApiError && error.code === 'CONFLICT' && (
        <button type="button" onClick={() => onChanged(t('agenda.reloaded'))}>
          {t('common.reload')}
        </button>
      )}
      {editing ? (
        <ItemForm
          item={item}
          meetingId=""
          nextOrder={item.order}
          caps={caps}
          onSaved={(m) => {
            setEditing(false);
            onChanged(m);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        item.description && (
          <p class="description">
            <Fi>{item.description}</Fi>
          </p>
        )
      )}
      <h3>{t('agenda.relatedEntities')}</h3>
      {item.relatedEntities.length === 0 ? (
        <p class="muted">{t('agenda.noEntities')}</p>
      ) : (
        <ul class="entities">
          {item.relatedEntities.map((r, i) => (
            <li key={`${r.entityType}-${r.entityId}-${r.role}`}>
              <Fi>{r.entityType === 'person' ? personName(r.entityId) : orgName(r.entityId)}</Fi> – {label('entityRole', r.role)}
              {r.note && (
                <>
                  {' '}
                  (<Fi>{r.note}</Fi>)
                </>
              )}
              {editable && (
                <button type="button" class="link-button" onClick={() => removeEntity(i)}>
                  {t('agenda.removeEntity')}
                  <span class="visually-hidden">: {r.entityId}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <>
          <AddEntityForm item={item} caps={caps} onSaved={onChanged} />
          <h3>{t('agenda.suggestionsTitle')}</h3>
          <Suggestions item={item} caps={caps} onChanged={onChanged} />
          {!editing && (
            <div class="buttons">
              <button type="button" onClick={() => setEditing(true)}>
                {t('agenda.edit')}
                <span class="visually-hidden">: {item.title}</span>
              </button>
              {caps.has('Mutation.removeAgendaItem') && (
                <button type="button" class="danger" onClick={removeItem}>
                  {t('agenda.remove')}
                  <span class="visually-hidden">: {item.title}</span>
                </button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function MeetingForm({ meeting, caps, onSaved }: { meeting: Meeting; caps: Capabilities; onSaved: (message: string) => void }) {
  const { t, label } = useI18n();
  const [name, setName] = useState(meeting.name ?? '');
  const [day, setDay] = useState(startsAtParts(meeting.startsAt).day);
  const [time, setTime] = useState(startsAtParts(meeting.startsAt).time);
  const [status, setStatus] = useState<string>(meeting.status);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setName(meeting.name ?? '');
    setDay(startsAtParts(meeting.startsAt).day);
    setTime(startsAtParts(meeting.startsAt).time);
    setStatus(meeting.status);
  }, [meeting.version]);
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      // The date and time are Helsinki's wall clock, whatever the browser's zone.
      const startsAt = helsinkiStartsAt(day, time);
      await mutateInput(caps, 'updateMeeting', { id: meeting.id, version: meeting.version, name: name.trim() || null, startsAt, status });
      onSaved(t('agenda.meetingSaved'));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details class="card">
      <summary>{t('agenda.editMeeting')}</summary>
      <form onSubmit={submit}>
        <ErrorMessage error={error} />
        <div class="grid">
          <div class="field">
            <label for="meeting-name">{t('meetings.name')}</label>
            <input id="meeting-name" type="text" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          </div>
          <div class="field">
            <label for="meeting-day">{t('meetings.date')}</label>
            <input id="meeting-day" type="date" required value={day} onInput={(e) => setDay((e.target as HTMLInputElement).value)} />
          </div>
          <div class="field">
            <label for="meeting-time">{t('meetings.time')}</label>
            <input
              id="meeting-time"
              type="time"
              required
              value={time}
              aria-describedby="meeting-starts-hint"
              onInput={(e) => setTime((e.target as HTMLInputElement).value)}
            />
            <p class="hint" id="meeting-starts-hint">
              {t('agenda.startsAtHint')}
            </p>
          </div>
          <div class="field">
            <label for="meeting-status">{t('agenda.status')}</label>
            <select id="meeting-status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
              <option value="planned">{label('meetingStatus', 'planned')}</option>
              <option value="held">{label('meetingStatus', 'held')}</option>
            </select>
          </div>
        </div>
        <button type="submit" class="primary">
          {t('common.save')}
        </button>
      </form>
    </details>
  );
}

/** The agenda editor: items, the organisations they concern, and counterparties suggested from the text. */
export function AgendaEditor({ id, caps }: { id: string; caps: Capabilities }) {
  const { t, dateTime } = useI18n();
  const result = useLoad(() => fetchMeeting(caps, id), [id]);
  const orgs = useLoad(listOrganizations, []);
  const [message, setMessage] = useState('');
  const [adding, setAdding] = useState(false);
  const meeting = result.data;
  const editable = caps.has('Mutation.updateAgendaItem') && caps.has('AgendaItem.version');
  const title = meeting ? `${t('agenda.title')}: ${meeting.name ?? meeting.id}` : t('agenda.title');
  const changed = (m: string) => {
    setMessage(m);
    result.reload();
  };
  const nextOrder = (meeting?.agenda.reduce((max, i) => Math.max(max, i.order), 0) ?? 0) + 1;
  return (
    <section>
      <p class="breadcrumb">
        <Link href="/meetings">{t('nav.meetings')}</Link> › <Link href={`/meetings/${encodeURIComponent(id)}`}>{t('check.title')}</Link>
      </p>
      <PageTitle title={title}>
        {t('agenda.title')}: {meeting ? <Fi>{meeting.name ?? meeting.id}</Fi> : ''}
      </PageTitle>
      {meeting && <p class="meta">{dateTime(meeting.startsAt)}</p>}
      <div role="status" class="status-message">
        {message}
      </div>
      {result.loading && !meeting && <Loading />}
      <ErrorMessage error={result.error} />
      {!editable && <NotAvailable what={t('agenda.editUnavailable')} />}
      <datalist id="organization-list">
        {(orgs.data ?? []).map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </datalist>
      {meeting && (
        <>
          {caps.has('Mutation.updateMeeting') && caps.has('Meeting.version') && (
            <MeetingForm meeting={meeting} caps={caps} onSaved={changed} />
          )}
          {meeting.agenda.length === 0 && <p>{t('agenda.empty')}</p>}
          {meeting.agenda.map((item) => (
            <ItemEditor key={`${item.id}-${item.version ?? ''}`} item={item} caps={caps} editable={editable} onChanged={changed} />
          ))}
          {caps.has('Mutation.addAgendaItem') &&
            (adding ? (
              <section class="card" aria-labelledby="add-item-heading">
                <h2 id="add-item-heading">{t('agenda.newItem')}</h2>
                <ItemForm
                  item={null}
                  meetingId={meeting.id}
                  nextOrder={nextOrder}
                  caps={caps}
                  onSaved={(m) => {
                    setAdding(false);
                    changed(m);
                  }}
                  onCancel={() => setAdding(false)}
                />
              </section>
            ) : (
              <button type="button" onClick={() => setAdding(true)}>
                {t('agenda.newItem')}
              </button>
            ))}
        </>
      )}
    </section>
  );
}
