using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Drucksachen.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace Drucksachen.Web.Operations;

/// <summary>
/// The Data Protection keys that protect cookies and antiforgery tokens: kept in the database under
/// one application name, so every node accepts what another issued and a restart keeps sessions;
/// encrypted to a certificate where one is configured.
/// </summary>
public static class SharedKeys
{
    /// <summary>The name the keys are isolated by: the same on every node, wherever it is installed.</summary>
    public const string ApplicationName = "Drucksachen";

    public static IServiceCollection AddDrucksachenDataProtection(this IServiceCollection services, DataProtectionOptions options)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<DrucksachenDbContext>();
        if (options.CertificateFile is { Length: > 0 } file) builder.ProtectKeysWithCertificate(Load(file, options.CertificatePassword));
        return services;
    }

    private static X509Certificate2 Load(string file, string? password)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(file, password);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"Web:DataProtection:CertificateFile '{file}' holds no private key; the nodes need it to read the keys");
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Web:DataProtection:CertificateFile '{file}' cannot be read: {e.Message}", e);
        }
    }
}
