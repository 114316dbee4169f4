using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drucksachen.Persistence.Sqlite.Migrations;

/// <summary>
/// The first schema. Written by hand (the EF design-time tools are not available to us) and
/// checked against the model by a test that compares it with the schema EF would create.
/// History entries and document versions are append-only: triggers refuse UPDATE and DELETE.
/// </summary>
[DbContext(typeof(DrucksachenDbContext))]
[Migration("20261121000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE "Papers" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Papers" PRIMARY KEY,
                "Type" TEXT NOT NULL,
                "Title" TEXT NOT NULL,
                "LeadOffice" TEXT NOT NULL,
                "Author" TEXT NOT NULL,
                "Date" TEXT NOT NULL,
                "IsPublic" INTEGER NOT NULL,
                "Signature" TEXT NOT NULL,
                "Sections" TEXT NOT NULL,
                "Attachments" TEXT NOT NULL,
                "Cosigners" TEXT NOT NULL,
                "Number" TEXT NULL,
                "NumberSeries" TEXT NULL,
                "NumberYear" INTEGER NULL,
                "NumberSequence" INTEGER NULL,
                "State" TEXT NOT NULL,
                "IsFinished" INTEGER NOT NULL,
                "Deadline" TEXT NOT NULL,
                "Version" INTEGER NOT NULL,
                "HistoryHead" TEXT NOT NULL,
                "HistoryCount" INTEGER NOT NULL,
                "CreatedAt" TEXT NOT NULL,
                "ModifiedAt" TEXT NOT NULL
            );
            CREATE UNIQUE INDEX "IX_Papers_Number" ON "Papers" ("Number");
            CREATE UNIQUE INDEX "IX_Papers_NumberSeries_NumberYear_NumberSequence" ON "Papers" ("NumberSeries", "NumberYear", "NumberSequence");
            CREATE INDEX "IX_Papers_State" ON "Papers" ("State");

            CREATE TABLE "WorkflowInstances" (
                "PaperId" TEXT NOT NULL CONSTRAINT "PK_WorkflowInstances" PRIMARY KEY,
                "DefinitionName" TEXT NOT NULL,
                "DefinitionVersion" INTEGER NOT NULL,
                "InstanceJson" TEXT NOT NULL,
                "NextDueAt" TEXT NULL,
                CONSTRAINT "FK_WorkflowInstances_Papers_PaperId" FOREIGN KEY ("PaperId") REFERENCES "Papers" ("Id") ON DELETE CASCADE
            );
            CREATE INDEX "IX_WorkflowInstances_NextDueAt" ON "WorkflowInstances" ("NextDueAt");

            CREATE TABLE "Consultations" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Consultations" PRIMARY KEY,
                "PaperId" TEXT NOT NULL,
                "Position" INTEGER NOT NULL,
                "Body" TEXT NOT NULL,
                "Date" TEXT NOT NULL,
                "IsPublic" INTEGER NOT NULL,
                "Role" TEXT NOT NULL,
                "Origin" TEXT NOT NULL,
                "Outcome" TEXT NULL,
                "OutcomeDate" TEXT NULL,
                "Vote" TEXT NULL,
                "Note" TEXT NULL,
                CONSTRAINT "FK_Consultations_Papers_PaperId" FOREIGN KEY ("PaperId") REFERENCES "Papers" ("Id") ON DELETE CASCADE
            );
            CREATE INDEX "IX_Consultations_Body_Date" ON "Consultations" ("Body", "Date");
            CREATE INDEX "IX_Consultations_PaperId_Position" ON "Consultations" ("PaperId", "Position");

            CREATE TABLE "HistoryEntries" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_HistoryEntries" PRIMARY KEY AUTOINCREMENT,
                "PaperId" TEXT NOT NULL,
                "Sequence" INTEGER NOT NULL,
                "At" TEXT NOT NULL,
                "Actor" TEXT NOT NULL,
                "Role" TEXT NOT NULL,
                "Action" TEXT NOT NULL,
                "FromState" TEXT NULL,
                "ToState" TEXT NOT NULL,
                "Details" TEXT NOT NULL,
                "PreviousHash" TEXT NOT NULL,
                "Hash" TEXT NOT NULL,
                CONSTRAINT "FK_HistoryEntries_Papers_PaperId" FOREIGN KEY ("PaperId") REFERENCES "Papers" ("Id") ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX "IX_HistoryEntries_PaperId_Sequence" ON "HistoryEntries" ("PaperId", "Sequence");
            CREATE TRIGGER "HistoryEntries_NoUpdate" BEFORE UPDATE ON "HistoryEntries"
            BEGIN SELECT RAISE(ABORT, 'history entries are append-only'); END;
            CREATE TRIGGER "HistoryEntries_NoDelete" BEFORE DELETE ON "HistoryEntries"
            BEGIN SELECT RAISE(ABORT, 'history entries are append-only'); END;

            CREATE TABLE "DocumentVersions" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_DocumentVersions" PRIMARY KEY,
                "PaperId" TEXT NOT NULL,
                "Version" INTEGER NOT NULL,
                "FileName" TEXT NOT NULL,
                "Size" INTEGER NOT NULL,
                "Sha512" TEXT NOT NULL,
                "IsFinal" INTEGER NOT NULL,
                "Template" TEXT NOT NULL,
                "CreatedAt" TEXT NOT NULL,
                "Content" BLOB NOT NULL,
                CONSTRAINT "FK_DocumentVersions_Papers_PaperId" FOREIGN KEY ("PaperId") REFERENCES "Papers" ("Id") ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX "IX_DocumentVersions_PaperId_Version" ON "DocumentVersions" ("PaperId", "Version");
            CREATE TRIGGER "DocumentVersions_NoUpdate" BEFORE UPDATE ON "DocumentVersions"
            BEGIN SELECT RAISE(ABORT, 'document versions are immutable'); END;
            CREATE TRIGGER "DocumentVersions_NoDelete" BEFORE DELETE ON "DocumentVersions"
            BEGIN SELECT RAISE(ABORT, 'document versions are immutable'); END;

            CREATE TABLE "NumberCounters" (
                "Series" TEXT NOT NULL,
                "Year" INTEGER NOT NULL,
                "Last" INTEGER NOT NULL,
                CONSTRAINT "PK_NumberCounters" PRIMARY KEY ("Series", "Year")
            );

            CREATE TABLE "WorkflowDefinitions" (
                "Name" TEXT NOT NULL,
                "Version" INTEGER NOT NULL,
                "ContentHash" TEXT NOT NULL,
                "Source" TEXT NOT NULL,
                "FileName" TEXT NOT NULL,
                "LoadedAt" TEXT NOT NULL,
                CONSTRAINT "PK_WorkflowDefinitions" PRIMARY KEY ("Name", "Version")
            );
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP TABLE "WorkflowDefinitions";
            DROP TABLE "NumberCounters";
            DROP TABLE "DocumentVersions";
            DROP TABLE "HistoryEntries";
            DROP TABLE "Consultations";
            DROP TABLE "WorkflowInstances";
            DROP TABLE "Papers";
            """);
}
