-- Programs, units (teams), roles from job classes, permissions as data, users and sessions.
CREATE TABLE program (
  code text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE org_unit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code citext NOT NULL UNIQUE,
  name text NOT NULL,
  parent_id uuid REFERENCES org_unit(id),
  program_code text REFERENCES program(code),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE permission (
  code text PRIMARY KEY,
  description text NOT NULL
);

CREATE TABLE role (
  code text PRIMARY KEY,
  name text NOT NULL,
  level int CHECK (level BETWEEN 1 AND 5),
  decisions_reviewed boolean NOT NULL DEFAULT false
);

CREATE TABLE role_permission (
  role_code text NOT NULL REFERENCES role(code) ON DELETE CASCADE,
  permission_code text NOT NULL REFERENCES permission(code) ON DELETE CASCADE,
  PRIMARY KEY (role_code, permission_code)
);

CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username citext NOT NULL UNIQUE,
  display_name text NOT NULL,
  email citext,
  role_code text NOT NULL REFERENCES role(code),
  password_hash text,
  oidc_issuer text,
  oidc_subject text,
  preferred_language text NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'es')),
  active boolean NOT NULL DEFAULT true,
  failed_logins int NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (oidc_issuer, oidc_subject)
);

CREATE TABLE user_unit (
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
  membership text NOT NULL CHECK (membership IN ('member', 'lead', 'supervisor')),
  PRIMARY KEY (user_id, unit_id, membership)
);
CREATE INDEX user_unit_unit ON user_unit (unit_id);

CREATE TABLE user_program (
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  program_code text NOT NULL REFERENCES program(code),
  PRIMARY KEY (user_id, program_code)
);

-- Server-side sessions: the cookie holds a random id; the table holds only its SHA-256.
CREATE TABLE user_session (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
CREATE INDEX user_session_user ON user_session (user_id);

-- Demo mode marker and other instance settings.
CREATE TABLE instance_setting (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);
