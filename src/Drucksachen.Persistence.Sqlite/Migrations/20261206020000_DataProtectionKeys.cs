using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drucksachen.Persistence.Sqlite.Migrations;

/// <summary>
/// The keys that protect sign-in cookies and antiforgery tokens (ASP.NET Core Data Protection), kept
/// with the data rather than in a folder of one machine, so every node of the web application, and
/// the same node after a reinstall, accepts what another issued.
/// </summary>
[DbContext(typeof(DrucksachenDbContext))]
[Migration("20261206020000_DataProtectionKeys")]
public sealed class DataProtectionKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE TABLE "DataProtectionKeys" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
                "FriendlyName" TEXT NULL,
                "Xml" TEXT NULL
            );
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""DROP TABLE "DataProtectionKeys";""");
}
