import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { PageArgs } from '../../core/graphql/connection';
import { TenantKind } from './tenant-kind.enum';

@ArgsType()
export class TenantListArgs extends PageArgs {
  @Field(() => TenantKind, { nullable: true, description: 'Only tenants of this level.' })
  @IsOptional()
  kind?: TenantKind;

  @Field(() => ID, {
    nullable: true,
    description: 'Only tenants under this node (global id), e.g. one street.',
  })
  @IsOptional()
  under?: string;
}
