// TypeScript cases for rules/javascript/sql-injection.yaml: typed Express handlers, Prisma and Sequelize.
import express, { Request, Response } from 'express'
import { PrismaClient } from '@prisma/client'
import { QueryTypes, Sequelize } from 'sequelize'

const prisma = new PrismaClient()
const sequelize = new Sequelize(process.env.DATABASE_URL as string)
export const router = express.Router()

router.get('/accounts', async (req: Request, res: Response) => {
  const email = String(req.query.email)
  // ruleid: js-sqli-express-request-data, js-sqli-string-built-query
  const rows = await prisma.$queryRawUnsafe(`SELECT * FROM "Account" WHERE email = '${email}'`)
  res.json(rows)
})

export async function findByName(req: Request, res: Response): Promise<void> {
  // ruleid: js-sqli-express-request-data, js-sqli-string-built-query
  const rows = await sequelize.query("SELECT * FROM users WHERE name = '" + req.body.name + "'", { type: QueryTypes.SELECT })
  res.json(rows)
}

router.get('/safe/accounts', async (req: Request, res: Response) => {
  const email = String(req.query.email)
  // ok: js-sqli-express-request-data
  const rows = await prisma.$queryRaw`SELECT * FROM "Account" WHERE email = ${email}`
  res.json(rows)
})

export async function findByNameSafe(req: Request, res: Response): Promise<void> {
  // ok: js-sqli-express-request-data, js-sqli-string-built-query
  const rows = await sequelize.query('SELECT * FROM users WHERE name = :name', { replacements: { name: req.body.name }, type: QueryTypes.SELECT })
  res.json(rows)
}
