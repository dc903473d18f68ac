-- CreateEnum
CREATE TYPE "DirectionKind" AS ENUM ('VICTIMS_THEMATICS', 'TIMING', 'FORM');

-- AlterTable (hand-edited: a direction recorded before agreements were recorded one by one was
-- drafted and given on its `givenOn`, so it stays in force)
ALTER TABLE "MinisterialDirection" ADD COLUMN     "draftedOn" DATE,
ADD COLUMN     "kind" "DirectionKind" NOT NULL DEFAULT 'VICTIMS_THEMATICS',
ADD COLUMN     "programmeBy" DATE,
ALTER COLUMN "givenOn" DROP NOT NULL,
ALTER COLUMN "minimumThematics" DROP NOT NULL,
ALTER COLUMN "period" DROP NOT NULL;
UPDATE "MinisterialDirection" SET "draftedOn" = "givenOn";
ALTER TABLE "MinisterialDirection" ALTER COLUMN "draftedOn" SET NOT NULL;

-- AlterTable (hand-edited: each existing direction is agreed by all three ministers, each on the
-- day the direction was given, so that every direction already in force stays in force)
ALTER TABLE "DirectionMinister" ADD COLUMN     "agreedOn" DATE,
ADD COLUMN     "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "recordedBy" TEXT;
UPDATE "DirectionMinister" dm SET "agreedOn" = d."givenOn", "recordedBy" = 'Migration'
  FROM "MinisterialDirection" d WHERE d.id = dm."directionId";
INSERT INTO "DirectionMinister" ("directionId", "ministerId", "agreedOn", "recordedBy")
  SELECT d.id, m.id, d."givenOn", 'Migration'
  FROM "MinisterialDirection" d CROSS JOIN "Minister" m
  WHERE NOT EXISTS (
    SELECT 1 FROM "DirectionMinister" dm WHERE dm."directionId" = d.id AND dm."ministerId" = m.id
  );
ALTER TABLE "DirectionMinister" ALTER COLUMN "agreedOn" SET NOT NULL,
ALTER COLUMN "recordedBy" SET NOT NULL;

-- CreateTable
CREATE TABLE "DirectionFormItem" (
    "id" UUID NOT NULL,
    "directionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "DirectionFormItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeFormCheck" (
    "programmeId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "met" BOOLEAN NOT NULL,
    "note" TEXT,
    "markedBy" TEXT NOT NULL,
    "markedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ProgrammeFormCheck_pkey" PRIMARY KEY ("programmeId","itemId")
);

-- CreateIndex
CREATE UNIQUE INDEX "DirectionFormItem_directionId_position_key" ON "DirectionFormItem"("directionId", "position");

-- AddForeignKey
ALTER TABLE "DirectionFormItem" ADD CONSTRAINT "DirectionFormItem_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "MinisterialDirection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeFormCheck" ADD CONSTRAINT "ProgrammeFormCheck_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeFormCheck" ADD CONSTRAINT "ProgrammeFormCheck_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "DirectionFormItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
