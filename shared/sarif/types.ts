/** The parts of SARIF 2.1.0 this project writes and reads. Custom data goes into `properties` bags. */

export type Level = 'none' | 'note' | 'warning' | 'error'
export type PropertyBag = Record<string, unknown>

export interface Message {
  text: string
  markdown?: string
}

export interface ArtifactLocation {
  uri: string
  uriBaseId?: string
  index?: number
}

export interface Region {
  startLine?: number
  startColumn?: number
  endLine?: number
  endColumn?: number
  snippet?: { text: string }
}

export interface PhysicalLocation {
  artifactLocation?: ArtifactLocation
  region?: Region
}

export interface SarifLocation {
  physicalLocation?: PhysicalLocation
  message?: Message
}

export interface ReportingDescriptor {
  id: string
  name?: string
  shortDescription?: Message
  fullDescription?: Message
  help?: Message
  helpUri?: string
  defaultConfiguration?: { level?: Level }
  properties?: PropertyBag
}

export interface SarifResult {
  ruleId?: string
  ruleIndex?: number
  level?: Level
  message: Message
  locations?: SarifLocation[]
  partialFingerprints?: Record<string, string>
  codeFlows?: unknown[]
  properties?: PropertyBag
}

export interface Notification {
  level?: Level
  message: Message
  descriptor?: { id: string }
}

export interface SarifInvocation {
  executionSuccessful: boolean
  exitCode?: number
  startTimeUtc?: string
  endTimeUtc?: string
  workingDirectory?: ArtifactLocation
  toolExecutionNotifications?: Notification[]
  properties?: PropertyBag
}

export interface SarifRun {
  tool: {
    driver: {
      name: string
      fullName?: string
      version?: string
      semanticVersion?: string
      informationUri?: string
      rules?: ReportingDescriptor[]
      properties?: PropertyBag
    }
  }
  automationDetails?: { id?: string; description?: Message }
  originalUriBaseIds?: Record<string, ArtifactLocation>
  invocations?: SarifInvocation[]
  results?: SarifResult[]
  properties?: PropertyBag
}

export interface SarifLog {
  $schema?: string
  version: '2.1.0'
  runs: SarifRun[]
}

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
