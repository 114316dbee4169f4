using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drucksachen.Persistence.Sqlite.Migrations;

/// <summary>
/// Meetings with their agendas and attendance, their history (append-only, as the papers') and
/// their documents (immutable, as the papers').
/// </summary>
[DbContext(typeof(DrucksachenDbContext))]
[Migration("20261207000000_Meetings")]
public sealed class Meetings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE TABLE "Meetings" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Meetings" PRIMARY KEY,
                "Body" TEXT NOT NULL,
                "Number" TEXT NOT NULL,
                "NumberYear" INTEGER NOT NULL,
                "NumberSequence" INTEGER NOT NULL,
                "Date" TEXT NOT NULL,
                "Start" TEXT NOT NULL,
                "End" TEXT NULL,
                "Location" TEXT NOT NULL,
                "IsPublic" INTEGER NOT NULL,
                "State" TEXT NOT NULL,
                "CancelReason" TEXT NULL,
                "InvitedUrgently" INTEGER NOT NULL,
                "Supplements" INTEGER NOT NULL,
                "Version" INTEGER NOT NULL,
                "HistoryHead" TEXT NOT NULL,
                "HistoryCount" INTEGER NOT NULL,
                "CreatedAt" TEXT NOT NULL,
                "ModifiedAt" TEXT NOT NULL
            );
            CREATE UNIQUE INDEX "IX_Meetings_Number" ON "Meetings" ("Number");
            CREATE UNIQUE INDEX "IX_Meetings_Body_NumberYear_NumberSequence" ON "Meetings" ("Body", "NumberYear", "NumberSequence");
            CREATE INDEX "IX_Meetings_Date_Start" ON "Meetings" ("Date", "Start");
            CREATE INDEX "IX_Meetings_Body_Date" ON "Meetings" ("Body", "Date");

            CREATE TABLE "AgendaItems" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_AgendaItems" PRIMARY KEY,
                "MeetingId" TEXT NOT NULL,
                "IsPublic" INTEGER NOT NULL,
                "Position" INTEGER NOT NULL,
                "Kind" TEXT NOT NULL,
                "Title" TEXT NULL,
                "PaperId" TEXT NULL,
                "ConsultationId" TEXT NULL,
                "Group" TEXT NULL,
                "Marking" TEXT NOT NULL,
                "Supplement" INTEGER NOT NULL,
                "Outcome" TEXT NULL,
                "Vote" TEXT NULL,
                "ResolutionText" TEXT NULL,
                "Note" TEXT NULL,
                CONSTRAINT "FK_AgendaItems_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_AgendaItems_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX "IX_AgendaItems_ConsultationId" ON "AgendaItems" ("ConsultationId");
            CREATE INDEX "IX_AgendaItems_MeetingId" ON "AgendaItems" ("MeetingId");
            CREATE INDEX "IX_AgendaItems_PaperId" ON "AgendaItems" ("PaperId");

            CREATE TABLE "Attendance" (
                "MeetingId" TEXT NOT NULL,
                "Member" TEXT NOT NULL,
                "Status" TEXT NOT NULL,
                CONSTRAINT "PK_Attendance" PRIMARY KEY ("MeetingId", "Member"),
                CONSTRAINT "FK_Attendance_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "MeetingHistoryEntries" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_MeetingHistoryEntries" PRIMARY KEY AUTOINCREMENT,
                "MeetingId" TEXT NOT NULL,
                "Sequence" INTEGER NOT NULL,
                "At" TEXT NOT NULL,
                "Actor" TEXT NOT NULL,
                "Role" TEXT NOT NULL,
                "Action" TEXT NOT NULL,
                "FromState" TEXT NULL,
                "ToState" TEXT NOT NULL,
                "Details" TEXT NOT NULL,
                "StateHash" TEXT NOT NULL,
                "PreviousHash" TEXT NOT NULL,
                "Hash" TEXT NOT NULL,
                CONSTRAINT "FK_MeetingHistoryEntries_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX "IX_MeetingHistoryEntries_MeetingId_Sequence" ON "MeetingHistoryEntries" ("MeetingId", "Sequence");
            CREATE TRIGGER "MeetingHistoryEntries_NoUpdate" BEFORE UPDATE ON "MeetingHistoryEntries"
            BEGIN SELECT RAISE(ABORT, 'history entries are append-only'); END;
            CREATE TRIGGER "MeetingHistoryEntries_NoDelete" BEFORE DELETE ON "MeetingHistoryEntries"
            BEGIN SELECT RAISE(ABORT, 'history entries are append-only'); END;

            CREATE TABLE "MeetingDocuments" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_MeetingDocuments" PRIMARY KEY,
                "MeetingId" TEXT NOT NULL,
                "Version" INTEGER NOT NULL,
                "Kind" TEXT NOT NULL,
                "IsPublic" INTEGER NOT NULL,
                "FileName" TEXT NOT NULL,
                "Size" INTEGER NOT NULL,
                "Sha512" TEXT NOT NULL,
                "Template" TEXT NOT NULL,
                "CreatedAt" TEXT NOT NULL,
                "Content" BLOB NOT NULL,
                CONSTRAINT "FK_MeetingDocuments_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX "IX_MeetingDocuments_MeetingId_Version" ON "MeetingDocuments" ("MeetingId", "Version");
            CREATE TRIGGER "MeetingDocuments_NoUpdate" BEFORE UPDATE ON "MeetingDocuments"
            BEGIN SELECT RAISE(ABORT, 'document versions are immutable'); END;
            CREATE TRIGGER "MeetingDocuments_NoDelete" BEFORE DELETE ON "MeetingDocuments"
            BEGIN SELECT RAISE(ABORT, 'document versions are immutable'); END;
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP TABLE "MeetingDocuments";
            DROP TABLE "MeetingHistoryEntries";
            DROP TABLE "Attendance";
            DROP TABLE "AgendaItems";
            DROP TABLE "Meetings";
            """);
}
