namespace Drucksachen.Web.OParl;

public enum OrganizationKind { Body, Office }
