import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantOwnedEntity } from '../../db/tenant-owned.entity';
import { Node } from '../../core/graphql/node';
import { type AuditSubject, Sensitive } from '../../core/privacy/sensitive';
import { PersonalDataKind } from '../../core/privacy/masking';
import { Grid } from '../organisation/grid.entity';
import { MicroGrid } from '../organisation/micro-grid.entity';
import { Person } from '../organisation/person.entity';
import { HouseholdFile } from '../households/household-file.entity';
import { Case } from '../cases/case.entity';
import { FindingKind, VisitPurpose } from './care.enums';

/**
 * Free text about what was seen at home has no partial form worth showing: withheld (null) unless
 * revealed, as the household file's situation is (households: WITHHELD_TEXT).
 */
const WITHHELD_TEXT = PersonalDataKind.ID_NUMBER;

/**
 * A household visit (入户走访) by a grid worker: where (a micro-grid, the household file when the
 * household has one), whom, when, why, and what was found. `grid` is the micro-grid's, stored so
 * that "the visits of my grids" is one comparison, as on household files.
 */
@ObjectType('HouseholdVisit', {
  implements: Node,
  description: 'A household visit (入户走访) by a grid worker, with what it found (走访发现).',
})
@Entity({ tableName: 'household_visit' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
@Index({ properties: ['tenant', 'visitedAt'] })
export class HouseholdVisit
  extends TenantOwnedEntity<'household' | 'resident' | 'addressNote' | 'notes'>
  implements AuditSubject
{
  @ManyToOne(() => Grid, { ref: true, index: true })
  grid!: Ref<Grid>;

  @ManyToOne(() => MicroGrid, { ref: true, index: true })
  microGrid!: Ref<MicroGrid>;

  /** The household's file (一户一档), when the visited household has one. */
  @ManyToOne(() => HouseholdFile, { ref: true, nullable: true, index: true })
  household?: Ref<HouseholdFile>;

  /** The resident met, when known: whose personal data the visit holds. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  resident?: Ref<Person>;

  /** The grid worker who visited: a person of the community. */
  @ManyToOne(() => Person, { ref: true, index: true })
  visitor!: Ref<Person>;

  @Field(() => Date, { description: 'When the visit took place (走访时间).' })
  @Property({ type: 'datetime' })
  visitedAt!: Date;

  @Field(() => VisitPurpose, { description: 'Why the household was visited (走访目的).' })
  @Enum({ items: () => VisitPurpose, nativeEnumName: 'visit_purpose' })
  purpose!: VisitPurpose;

  @Sensitive(PersonalDataKind.ADDRESS)
  @Field(() => String, {
    nullable: true,
    description: 'Where exactly (门牌), e.g. 嵩山路1号3栋2单元401. Without the door number unless revealed.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  addressNote?: string;

  @Sensitive(WITHHELD_TEXT)
  @Field(() => String, {
    nullable: true,
    description: 'What was seen and said (走访记录). Personal data: null unless revealed.',
  })
  @Property({ type: 'text', nullable: true })
  notes?: string;

  auditSubjectPersonId(): string | null {
    return this.resident?.id ?? null;
  }
}

/**
 * One thing a visit found (走访发现). A finding can open a case (矛盾纠纷/诉求/隐患) and can be
 * linked to a household file; both links read both ways (Case.visitFindings,
 * HouseholdFile.visitFindings are field resolvers of this module).
 */
@ObjectType('VisitFinding', {
  implements: Node,
  description:
    'One thing a household visit found (走访发现); it may open a case or concern a household file.',
})
@Entity({ tableName: 'visit_finding' })
@Index({ properties: ['visit', 'createdAt'] })
export class VisitFinding extends TenantOwnedEntity<'household' | 'case' | 'position'> {
  @ManyToOne(() => HouseholdVisit, { ref: true, index: true })
  visit!: Ref<HouseholdVisit>;

  /** Order within the visit, as recorded (findings of one visit share their creation time). */
  @Property({ type: 'smallint' })
  position: number = 0;

  @Field(() => FindingKind, { description: 'What kind of finding (发现类别).' })
  @Enum({ items: () => FindingKind, nativeEnumName: 'finding_kind' })
  kind!: FindingKind;

  @Field(() => String, { description: 'What was found (发现内容), e.g. 厨房水管漏水.' })
  @Property({ type: 'text' })
  note!: string;

  /** The household file the finding concerns (its needs or situation), when linked. */
  @ManyToOne(() => HouseholdFile, { ref: true, nullable: true, index: true })
  household?: Ref<HouseholdFile>;

  /** The case (矛盾纠纷/诉求/隐患) it opened, if it did (source VISIT). */
  @ManyToOne(() => Case, { ref: true, nullable: true, index: true })
  case?: Ref<Case>;
}
