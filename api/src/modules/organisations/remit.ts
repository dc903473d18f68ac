/** Reads what remitProblem needs for one agency and one inspectorate, in two small queries. */
import type { Prisma, PrismaClient } from '@cjji/db';
import { inSentence } from '../shared/words.ts';
import { remitProblem } from './remit.rules.ts';

type Reader = PrismaClient | Prisma.TransactionClient;

export async function remitProblemFor(
  db: Reader,
  agencyId: string,
  inspectorateId: string,
): Promise<string | null> {
  const [agency, inspectorate] = await Promise.all([
    db.agency.findUnique({
      where: { id: agencyId },
      select: { name: true, kindCode: true, kind: { select: { pluralName: true } } },
    }),
    db.inspectorate.findUnique({
      where: { id: inspectorateId },
      select: { shortName: true, agencyKinds: { select: { code: true } } },
    }),
  ]);
  return remitProblem({
    agency,
    inspectorate: inspectorate && {
      shortName: inspectorate.shortName,
      inspects: inspectorate.agencyKinds.map((kind) => kind.code),
    },
    kindName: agency ? inSentence(agency.kind.pluralName) : '',
  });
}
