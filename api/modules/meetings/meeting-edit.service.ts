import { ref } from '@mikro-orm/core';
import type { RequestContext } from '../../app/context';
import { badInput } from '../../core/errors/domain-error';
import { Venue } from '../venues/venue.entity';
import { MeetingAction } from './meeting.enums';
import type { MeetingUpdateInput } from './meeting.inputs';
import {
  lockForChange,
  type MeetingChange,
  ownTenantRow,
  recordEvent,
  transition,
} from './meeting-workflow.service';

/**
 * Renames, re-plans or reschedules a meeting still to come (SCHEDULED; a held meeting has its
 * minutes, a cancelled one is history: INVALID_TRANSITION). The history records what changed,
 * with the old time when it moved, so a changed time stays traceable.
 */
export async function meetingUpdate(ctx: RequestContext, input: MeetingUpdateInput): Promise<MeetingChange> {
  const { meeting, role } = await lockForChange(ctx, input.id);
  const to = transition(meeting, MeetingAction.UPDATE);
  const changed: string[] = [];
  if (input.title != null && input.title.trim() !== meeting.title) {
    meeting.title = input.title.trim();
    changed.push('title');
  }
  if (input.agenda != null && input.agenda.trim() !== meeting.agenda) {
    meeting.agenda = input.agenda.trim();
    changed.push('agenda');
  }
  if (input.heldAt != null && input.heldAt.getTime() !== meeting.heldAt.getTime()) {
    changed.push(`heldAt (was ${meeting.heldAt.toISOString()})`);
    meeting.heldAt = input.heldAt;
  }
  if (input.venueId != null) {
    const venue = await ownTenantRow(ctx, Venue, input.venueId, 'venueId', meeting.tenant.id, 'a venue');
    if (venue.id !== meeting.venue?.id) {
      meeting.venue = ref(venue);
      changed.push('venue');
    }
  }
  if (changed.length === 0)
    throw badInput('id', 'Nothing to change: give a new title, agenda, time or venue.');
  meeting.updatedAt = ctx.config.clock.now();
  const event = recordEvent(ctx, meeting, {
    action: MeetingAction.UPDATE,
    role,
    from: meeting.status,
    to,
    note: `Changed: ${changed.join(', ')}.`,
  });
  await ctx.em.flush();
  return { meeting, event };
}
