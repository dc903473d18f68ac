-- CreateEnum
CREATE TYPE "ReminderOffset" AS ENUM ('THIRTY_DAYS_BEFORE', 'SEVEN_DAYS_BEFORE', 'ONE_DAY_BEFORE', 'FIRST_OVERDUE_DAY');

-- CreateTable
CREATE TABLE "ReminderPreference" (
    "userId" UUID NOT NULL,
    "offsets" "ReminderOffset"[],
    "byEmail" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "deadlineKey" TEXT NOT NULL,
    "offset" "ReminderOffset" NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "subjectId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "remindedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "byEmail" BOOLEAN NOT NULL,
    "emailedAt" TIMESTAMP(3),
    "emailedTo" TEXT,
    "emailAttempts" INTEGER NOT NULL DEFAULT 0,
    "lastEmailError" TEXT,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Reminder_userId_readAt_idx" ON "Reminder"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Reminder_byEmail_emailedAt_remindedOn_idx" ON "Reminder"("byEmail", "emailedAt", "remindedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_deadlineKey_offset_userId_key" ON "Reminder"("deadlineKey", "offset", "userId");

-- AddForeignKey
ALTER TABLE "ReminderPreference" ADD CONSTRAINT "ReminderPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
