// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// NfatFacility from contracts/src/nfat/NfatFacility.sol.

export const nfatFacilityAbi = [
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ATTEST_BEACON",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_ATTESTATION_AGE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "NFAT_BEACON",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "OPERATOR",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "attestBook",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "attestationHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "book",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INfatFacility.Book",
        "components": [
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum INfatFacility.BookStatus"
          },
          {
            "name": "statusSince",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "attestedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "attestedVersion",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "version",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "unitCount",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "liabilities",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "attestationHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "bookCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "bookIdAt",
    "inputs": [
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "buybox",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INfatFacility.Buybox",
        "components": [
          {
            "name": "termMin",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "termMax",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "sizeMin",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "sizeMax",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "apyMinBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "apyMaxBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "restrictedDepositors",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "transferAllowList",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "assetType",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "jurisdiction",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claim",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct INfatFacility.DealTerms",
        "components": [
          {
            "name": "maturity",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "apyBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "enum INfatFacility.Schedule"
          },
          {
            "name": "documentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "controller",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "dealToken",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "deposit",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "depositAsset",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMember",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMemberCount",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleMembers",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hashTerms",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct INfatFacility.DealTerms",
        "components": [
          {
            "name": "maturity",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "apyBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "enum INfatFacility.Schedule"
          },
          {
            "name": "documentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "initialize",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "internalType": "struct INfatFacility.FacilityConfig",
        "components": [
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "nfatBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "attestBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "unitRecorder",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "buybox",
            "type": "tuple",
            "internalType": "struct INfatFacility.Buybox",
            "components": [
              {
                "name": "termMin",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "termMax",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "sizeMin",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "sizeMax",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "apyMinBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "apyMaxBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "restrictedDepositors",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "transferAllowList",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "assetType",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "jurisdiction",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isAttestationFresh",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isOnboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "offboardDepositor",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onboardDepositor",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "openBook",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "redeem",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reduceBookLiability",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "principalRepaid",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "unitRedeemed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setBookStatus",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "next",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "sharesOf",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalShares",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalUnderlying",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unitRecorder",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdraw",
    "inputs": [],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "BookAttested",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "attestationHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BookLiabilityReduced",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "principalRepaid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unitRedeemed",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "liabilities",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unitCount",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BookOpened",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BookStatusChanged",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "from",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum INfatFacility.BookStatus"
      },
      {
        "name": "to",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum INfatFacility.BookStatus"
      },
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Claimed",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "sharesBurnt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "termsHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "terms",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct INfatFacility.DealTerms",
        "components": [
          {
            "name": "maturity",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "apyBps",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "enum INfatFacility.Schedule"
          },
          {
            "name": "documentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Deposited",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DepositorOffboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DepositorOnboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FacilityInitialized",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct INfatFacility.FacilityConfig",
        "components": [
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "nfatBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "attestBeacon",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "depositAsset",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "controller",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "dealToken",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "unitRecorder",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "buybox",
            "type": "tuple",
            "internalType": "struct INfatFacility.Buybox",
            "components": [
              {
                "name": "termMin",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "termMax",
                "type": "uint64",
                "internalType": "uint64"
              },
              {
                "name": "sizeMin",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "sizeMax",
                "type": "uint128",
                "internalType": "uint128"
              },
              {
                "name": "apyMinBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "apyMaxBps",
                "type": "uint32",
                "internalType": "uint32"
              },
              {
                "name": "restrictedDepositors",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "transferAllowList",
                "type": "bool",
                "internalType": "bool"
              },
              {
                "name": "assetType",
                "type": "bytes32",
                "internalType": "bytes32"
              },
              {
                "name": "jurisdiction",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Withdrawn",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_AttestationNotFresh",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "attestedVersion",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "version",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "attestedAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookClosed",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookExists",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookNotEmpty",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "unitCount",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "liabilities",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_BookNotFilling",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_DepositorNotOnboarded",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InflowMismatch",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "moved",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InsufficientQueueBalance",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "requested",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "available",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InvalidBuybox",
    "inputs": [
      {
        "name": "field",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "min",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_InvalidTransition",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "from",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      },
      {
        "name": "to",
        "type": "uint8",
        "internalType": "enum INfatFacility.BookStatus"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_LiabilityUnderflow",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "liabilities",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_MaturityNotInFuture",
    "inputs": [
      {
        "name": "maturity",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "nowTime",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_NotRedeem",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_NothingToWithdraw",
    "inputs": [
      {
        "name": "depositor",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_OutsideBuybox",
    "inputs": [
      {
        "name": "field",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "min",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "max",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_SameBeacon",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_TransferMismatch",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "received",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_UnknownBook",
    "inputs": [
      {
        "name": "bookId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_ZeroAddress",
    "inputs": [
      {
        "name": "what",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "Facility_ZeroAmount",
    "inputs": []
  },
  {
    "type": "error",
    "name": "Facility_ZeroAttestation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "Facility_ZeroBookId",
    "inputs": []
  },
  {
    "type": "error",
    "name": "Facility_ZeroShares",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidInitialization",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotInitializing",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  }
] as const;

/** Creation bytecode. */
export const nfatFacilityBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b613db0806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c80639931e9c011610135578063c1ace76f116100b4578063ccc41f2411610079578063ccc41f24146105ff578063d547741f14610611578063ee9d476514610624578063f5eb42dc14610637578063f77c47911461065f575f5ffd5b8063c1ace76f14610591578063c5fc956d146105a5578063c70920bc146105b8578063ca15c873146105c1578063ca8e1b07146105d4575f5ffd5b8063b2498245116100fa578063b249824514610546578063b6b55f2514610559578063b905ad781461056c578063b9f7bb8d14610574578063be040fb01461057e575f5ffd5b80639931e9c0146104e55780639a3c37fa146104f8578063a217fddf1461050c578063a3246ad314610513578063b08e969214610533575f5ffd5b80633ccfd60b116101c157806370a082311161018657806370a08231146104855780637e6fe0ae146104985780639010d07c146104ab57806391d14854146104be578063983d2737146104d1575f5ffd5b80633ccfd60b1461031c578063474b2886146103245780634da03c8e146103375780635280c3ee1461043a57806367cdfcaa14610465575f5ffd5b80632f2ff15d116102075780632f2ff15d146102c757806331b24d4b146102da5780633375d5f5146102ed57806336568abe146103005780633a98ef3914610313575f5ffd5b806301ffc9a71461024357806302f4ba7b1461026b578063190adb1b14610280578063230b7272146102a1578063248a9ca3146102b4575b5f5ffd5b610256610251366004613125565b610672565b60405190151581526020015b60405180910390f35b61027e61027936600461314c565b61069c565b005b61029361028e36600461319b565b610df3565b604051908152602001610262565b61027e6102af3660046131e1565b611113565b6102936102c23660046131fc565b611175565b61027e6102d5366004613213565b611195565b61027e6102e8366004613241565b6111b7565b61027e6102fb3660046131fc565b611312565b61027e61030e366004613213565b61147a565b61029360095481565b6102936114b2565b6102566103323660046131fc565b611594565b61042d60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525060408051610140810182526005546001600160401b038082168352600160401b82041660208301526001600160801b03600160801b91829004811693830193909352600654928316606083015263ffffffff90830481166080830152600160a01b83041660a082015260ff600160c01b83048116151560c0830152600160c81b909204909116151560e082015260075461010082015260085461012082015290565b6040516102629190613261565b60025461044d906001600160a01b031681565b6040516001600160a01b039091168152602001610262565b6104786104733660046131fc565b6115aa565b6040516102629190613362565b6102936104933660046131e1565b611697565b60045461044d906001600160a01b031681565b61044d6104b9366004613241565b6116d6565b6102566104cc366004613213565b6116fb565b6102935f516020613d305f395f51905f5281565b6102936104f33660046131fc565b611731565b6102935f516020613d905f395f51905f5281565b6102935f81565b6105266105213660046131fc565b611755565b60405161026291906133fe565b61027e610541366004613449565b61177e565b61027e610554366004613487565b611999565b6102936105673660046131fc565b611b3d565b600e54610293565b6102936201518081565b60035461044d906001600160a01b031681565b6102935f516020613d505f395f51905f5281565b61027e6105b33660046131e1565b611db7565b610293600a5481565b6102936105cf3660046131fc565b611e5f565b6102566105e23660046131e1565b6001600160a01b03165f908152600c602052604090205460ff1690565b5f5461044d906001600160a01b031681565b61027e61061f366004613213565b611e83565b6102936106323660046134bd565b611e9f565b6102936106453660046131e1565b6001600160a01b03165f908152600b602052604090205490565b60015461044d906001600160a01b031681565b5f6001600160e01b03198216635ad0a22160e11b1480610696575061069682611ece565b92915050565b5f6106a5611ef2565b805490915060ff600160401b82041615906001600160401b03165f811580156106cb5750825b90505f826001600160401b031660011480156106e65750303b155b9050811580156106f4575080155b156107125760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561073c57845460ff60401b1916600160401b1785555b5f61074a60208801886131e1565b6001600160a01b03160361078e57604051637ade6d7f60e11b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f61079f60608801604089016131e1565b6001600160a01b0316036107e357604051637ade6d7f60e11b815260206004820152600a602482015269373330ba2132b0b1b7b760b11b6044820152606401610785565b5f6107f460808801606089016131e1565b6001600160a01b03160361083a57604051637ade6d7f60e11b815260206004820152600c60248201526b30ba3a32b9ba2132b0b1b7b760a11b6044820152606401610785565b5f61084b60a08801608089016131e1565b6001600160a01b03160361089157604051637ade6d7f60e11b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610785565b5f6108a260c0880160a089016131e1565b6001600160a01b0316036108e657604051637ade6d7f60e11b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610785565b5f6108f760e0880160c089016131e1565b6001600160a01b03160361093a57604051637ade6d7f60e11b81526020600482015260096024820152683232b0b62a37b5b2b760b91b6044820152606401610785565b5f61094c610100880160e089016131e1565b6001600160a01b03160361098c57604051637ade6d7f60e11b815260206004820152600660248201526572656465656d60d01b6044820152606401610785565b5f61099f610120880161010089016131e1565b6001600160a01b0316036109e557604051637ade6d7f60e11b815260206004820152600c60248201526b3ab734ba2932b1b7b93232b960a11b6044820152606401610785565b6109f560808701606088016131e1565b6001600160a01b0316610a0e60608801604089016131e1565b6001600160a01b031603610a5157610a2c60608701604088016131e1565b6040516386a9c2ed60e01b81526001600160a01b039091166004820152602401610785565b6101208601610a68610160880161014089016134f6565b6001600160401b0316610a7e60208301836134f6565b6001600160401b03161115610ac557610a9a60208201826134f6565b610aaa60408301602084016134f6565b604051634848989360e11b8152600401610785929190613511565b610ad56080820160608301613572565b6001600160801b0316610aee6060830160408401613572565b6001600160801b03161180610b195750610b0e6080820160608301613572565b6001600160801b0316155b15610b5957610b2e6060820160408301613572565b610b3e6080830160608401613572565b604051634848989360e11b815260040161078592919061358d565b610b6960c0820160a083016135eb565b63ffffffff16610b7f60a08301608084016135eb565b63ffffffff161115610bc657610b9b60a08201608083016135eb565b610bab60c0830160a084016135eb565b604051634848989360e11b8152600401610785929190613606565b610bce611f1a565b610be45f610bdf60208a018a6131e1565b611f24565b505f610bf66040890160208a016131e1565b6001600160a01b031614610c2757610c255f516020613d305f395f51905f52610bdf60408a0160208b016131e1565b505b610c485f516020613d905f395f51905f52610bdf60608a0160408b016131e1565b50610c6a5f516020613d505f395f51905f52610bdf60808a0160608b016131e1565b50610c7b60a08801608089016131e1565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610caa60c0880160a089016131e1565b600180546001600160a01b0319166001600160a01b0392909216919091179055610cda60e0880160c089016131e1565b600280546001600160a01b0319166001600160a01b0392909216919091179055610d0b610100880160e089016131e1565b600380546001600160a01b0319166001600160a01b0392909216919091179055610d3d610120880161010089016131e1565b600480546001600160a01b0319166001600160a01b0392909216919091179055806005610d6a8282613674565b9050507f300f3edefba6316ab87fe3baed615ad557bc5d5415ec5bd2b510bb69c084600387604051610d9c91906138e7565b60405180910390a1508315610deb57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f610dfc611fba565b5f516020613d905f395f51905f52610e1381612027565b5f848152600d6020526040812090815460ff166006811115610e3757610e3761333a565b03610e585760405163301fead160e21b815260048101869052602401610785565b6001815460ff166006811115610e7057610e7061333a565b14158015610e9457506002815460ff166006811115610e9157610e9161333a565b14155b15610ebc5780546040516342178f6760e01b815261078591879160ff909116906004016139e9565b610ec68685612034565b600654600160c01b900460ff168015610ef757506001600160a01b0387165f908152600c602052604090205460ff16155b15610f20576040516318e6513560e21b81526001600160a01b0388166004820152602401610785565b5f610f2b8888612264565b90505f85604051602001610f3f9190613a66565b60408051601f19818403018152919052805160209091012090506001835460ff166006811115610f7157610f7161333a565b03610f8257610f828784600261232a565b87836002015f828254610f959190613a88565b9091555050600183018054600890610fbc90600160401b90046001600160401b0316613a9b565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550826001015f81819054906101000a90046001600160401b031661100290613a9b565b91906101000a8154816001600160401b0302191690836001600160401b0316021790555061102f886123e8565b61103c89898989856126c2565b60048054604051631a5dd34360e21b81529182018390526001600160a01b038c81166024840152604483018c9052606483018b90526084830185905292975091909116906369774d0c9060a4015f604051808303815f87803b1580156110a0575f5ffd5b505af11580156110b2573d5f5f3e3d5ffd5b5050505086896001600160a01b0316867f1bfc4bfd998e5531a1f647014cc4a5663eaec73bc617ffd1c0039ad4027e54a38b86868c6040516110f79493929190613ac5565b60405180910390a45050505061110b612874565b949350505050565b5f516020613d305f395f51905f5261112a81612027565b6001600160a01b0382165f818152600c6020526040808220805460ff19169055513392917f3b9b0d88c4f5a7fd1b6152b972832787075c375c8522464b26cd44d72f348c5991a35050565b5f9081525f516020613d705f395f51905f52602052604090206001015490565b61119e82611175565b6111a781612027565b6111b18383611f24565b50505050565b5f516020613d505f395f51905f526111ce81612027565b816111ec576040516338efc31f60e21b815260040160405180910390fd5b5f838152600d6020526040812090815460ff1660068111156112105761121061333a565b036112315760405163301fead160e21b815260048101859052602401610785565b6006815460ff1660068111156112495761124961333a565b0361126a576040516379fefc4360e11b815260048101859052602401610785565b6003810183905561127a4261289e565b8154600183015478ffffffffffffffffffffffffffffffff00000000000000000019909116600160481b6001600160401b039384160267ffffffffffffffff60881b1916179116600160881b8102919091178255604080518581526020810192909252339186917f187d77d907dcc16799ffb64e4902597d9f15a8706b3ab2e3700de8925a143a38910160405180910390a350505050565b5f516020613d905f395f51905f5261132981612027565b816113475760405163cfda1d8360e01b815260040160405180910390fd5b5f828152600d6020526040812090815460ff16600681111561136b5761136b61333a565b1461138c5760405163023b373760e31b815260048101849052602401610785565b805460ff191660011781556113a04261289e565b81546001600160401b03919091166101000268ffffffffffffffff00199091161781556001808201805467ffffffffffffffff191682179055600e805491820181555f9081527fbb7b4a454dc3493923482f07822329ed19e8244eff582cc204f8554c3620c3fd909101849055604051339185917f548c0c3d91901eb53a1559bc917d87cb516c2a76a44cc8b8ab15752f2adf259b9190a3827f8bc648e97005e9e5e64338531722101491fc9cb0068367bb93b7542701d37d495f60018060405161146d93929190613ae7565b60405180910390a2505050565b6001600160a01b03811633146114a35760405163334bd91960e11b815260040160405180910390fd5b6114ad82826128d7565b505050565b5f6114bb611fba565b335f908152600b6020526040812054908190036114ed57604051631176664960e21b8152336004820152602401610785565b600954600a546114ff90839083612919565b335f908152600b6020526040812055925061151a8282613b19565b60098190555082600a5f8282546115319190613b19565b90915550505f5461154c906001600160a01b031633856129c9565b604080518481526020810184905233917f92ccf450a286a957af52509bc1c9939d1a6a481783e142e41e2499f0bb66ebc6910160405180910390a25050611591612874565b90565b5f818152600d6020526040812061069690612a28565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091525f828152600d602052604090819020815161010081019092528054829060ff16600681111561161b5761161b61333a565b600681111561162c5761162c61333a565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091048116606083015260018301548082166080840152600160401b90041660a0820152600282015460c082015260039091015460e09091015292915050565b6009545f9080156116cd576001600160a01b0383165f908152600b6020526040902054600a546116c8919083612919565b6116cf565b5f5b9392505050565b5f8281525f516020613d105f395f51905f5260208190526040822061110b9084612a96565b5f9182525f516020613d705f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f600e828154811061174557611745613b2c565b905f5260205f2001549050919050565b5f8181525f516020613d105f395f51905f5260208190526040909120606091906116cf90612aa1565b5f516020613d905f395f51905f5261179581612027565b5f838152600d602052604081208054909160ff909116908160068111156117be576117be61333a565b036117df5760405163301fead160e21b815260048101869052602401610785565b60068160068111156117f3576117f361333a565b03611814576040516379fefc4360e11b815260048101869052602401610785565b60068460068111156118285761182861333a565b0361189c576001820154600160401b90046001600160401b03161515806118525750600282015415155b1561189757600182015460028301546040516270f85f60e61b815260048101889052600160401b9092046001600160401b031660248301526044820152606401610785565b611987565b8060068111156118ae576118ae61333a565b6118b9906001613b40565b60ff168460068111156118ce576118ce61333a565b60ff16146118f55784818560405163d376bf1d60e01b815260040161078593929190613b59565b60038460068111156119095761190961333a565b1480611926575060048460068111156119245761192461333a565b145b156119875761193482612a28565b61198757815460018301546040516321c967c960e01b8152600481018890526001600160401b03600160881b8404811660248301529182166044820152600160481b909204166064820152608401610785565b61199285838661232a565b5050505050565b6003546001600160a01b031633146119c657604051638f04c17d60e01b8152336004820152602401610785565b5f838152600d6020526040812090815460ff1660068111156119ea576119ea61333a565b03611a0b5760405163301fead160e21b815260048101859052602401610785565b600281015480841115611a4257604051631c5b606160e21b8152600481018690526024810185905260448101829052606401610785565b611a4c8482613b19565b6002830181905590508215611aa257600182018054600890611a7d90600160401b90046001600160401b0316613b7a565b91906101000a8154816001600160401b0302191690836001600160401b031602179055505b6001820180545f90611abc906001600160401b0316613a9b565b82546101009290920a6001600160401b038181021990931691831602179091556001830154604080518781528615156020820152908101849052600160401b909104909116606082015285907ffd03bc6ce565c6a72338e0c5e96c4510602ef13585f89215fb7ab8ee37bcd113906080015b60405180910390a25050505050565b5f611b46611fba565b815f03611b665760405163072f922960e51b815260040160405180910390fd5b600654600160c01b900460ff168015611b8e5750335f908152600c602052604090205460ff16155b15611bae576040516318e6513560e21b8152336004820152602401610785565b6009548015611bc957611bc48382600a54612919565b611bcb565b825b9150815f03611bef57604051623faebb60e31b815260048101849052602401610785565b611bf98282613a88565b60098190555082600a5f828254611c109190613a88565b9091555050335f908152600b602052604081208054849290611c33908490613a88565b9091555050604080518481526020810184905233917f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca910160405180910390a25f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa158015611cbc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ce09190613b9b565b9050611cf76001600160a01b038316333088612aad565b6040516370a0823160e01b81523060048201525f90611d6b9083906001600160a01b038616906370a08231906024015b602060405180830381865afa158015611d42573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d669190613b9b565b612ae6565b9050858114611da65760405163b8715db960e01b81526001600160a01b03841660048201526024810187905260448101829052606401610785565b50505050611db2612874565b919050565b5f516020613d305f395f51905f52611dce81612027565b6001600160a01b038216611e1157604051637ade6d7f60e11b81526020600482015260096024820152683232b837b9b4ba37b960b91b6044820152606401610785565b6001600160a01b0382165f818152600c6020526040808220805460ff19166001179055513392917f3b37e1824559bbf2827b15d4851a24609791e59303bd8828583ac46ecd03e39a91a35050565b5f8181525f516020613d105f395f51905f526020819052604082206116cf90612afe565b611e8c82611175565b611e9581612027565b6111b183836128d7565b5f81604051602001611eb19190613a66565b604051602081830303815290604052805190602001209050919050565b5f6001600160e01b03198216635a05180f60e01b1480610696575061069682612b07565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610696565b611f22612b3b565b565b5f5f516020613d905f395f51905f5283148015611f535750611f535f516020613d505f395f51905f52836116fb565b80611f8757505f516020613d505f395f51905f5283148015611f875750611f875f516020613d905f395f51905f52836116fb565b15611fb0576040516386a9c2ed60e01b81526001600160a01b0383166004820152602401610785565b6116cf8383612b60565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611ffa57604051633ee5aeb560e01b815260040160405180910390fd5b611f2260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612b99565b6120318133612ba0565b50565b60408051610140810182526005546001600160401b038082168352600160401b82041660208301526001600160801b03600160801b918290048116938301849052600654908116606084015263ffffffff91810482166080840152600160a01b810490911660a083015260ff600160c01b82048116151560c0840152600160c81b90910416151560e0820152600754610100820152600854610120820152908310806120ec575080606001516001600160801b031683115b156121185782816040015182606001516040516354c5762b60e11b815260040161078593929190613bb2565b4261212660208401846134f6565b6001600160401b03161161216c5761214160208301836134f6565b6040516327bb60b160e01b81526001600160401b039091166004820152426024820152604401610785565b5f4261217b60208501856134f6565b6001600160401b031661218e9190613b19565b82519091506001600160401b03168110806121b5575081602001516001600160401b031681115b156121de57815160208301516040516354c5762b60e11b81526107859284929091600401613bf9565b608082015163ffffffff166121f960408501602086016135eb565b63ffffffff161080612229575060a082015163ffffffff1661222160408501602086016135eb565b63ffffffff16115b156111b15761223e60408401602085016135eb565b82608001518360a001516040516354c5762b60e11b815260040161078593929190613c40565b6001600160a01b0382165f908152600b6020526040812054600954600a54811561229a576122958583836001612bdd565b61229d565b5f195b9350828411156122e45785856122b288611697565b6040516380f2894360e01b81526001600160a01b03909316600484015260248301919091526044820152606401610785565b6122ee8484613b19565b6001600160a01b0387165f908152600b60205260409020556123108483613b19565b60095561231d8582613b19565b600a555091949350505050565b815460ff8116908290849060ff1916600183600681111561234d5761234d61333a565b021790555061235b4261289e565b835468ffffffffffffffff0019166101006001600160401b03928316021784556001840180545f92839161238f9116613a9b565b91906101000a8154816001600160401b0302191690836001600160401b0316021790559050847f8bc648e97005e9e5e64338531722101491fc9cb0068367bb93b7542701d37d49838584604051611b2e93929190613ae7565b5f80546001546040805163ec55688960e01b815290516001600160a01b03938416949290931692839163ec5568899160048083019260209291908290030181865afa158015612439573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061245d9190613c86565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156124a4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124c89190613b9b565b6040516370a0823160e01b81526001600160a01b0384811660048301529192505f918616906370a0823190602401602060405180830381865afa158015612511573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125359190613b9b565b905061254b6001600160a01b0386168588612c28565b60405163dfec1d9760e01b81526001600160a01b0386811660048301526024820188905285169063dfec1d97906044015f604051808303815f87803b158015612592575f5ffd5b505af11580156125a4573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92506001600160a01b03881691506370a0823190602401602060405180830381865afa1580156125ec573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126109190613b9b565b61261a9084613b19565b905086811461264657604051631992b1a360e21b81526004810188905260248101829052604401610785565b6040516370a0823160e01b81526001600160a01b0385811660048301525f9161267d918591908a16906370a0823190602401611d27565b90508781146126b85760405163b8715db960e01b81526001600160a01b03881660048201526024810189905260448101829052606401610785565b5050505050505050565b6002546040805161010081019091525f916001600160a01b03169063e805693d908890806126ef8a612cb7565b6001600160801b031681526020016127068a612cb7565b6001600160801b031681526020018a6001600160a01b0316815260200161272c42612cea565b64ffffffffff1681526020908101906127599061274b908a018a6134f6565b6001600160401b0316612cea565b64ffffffffff1681526020016127756060890160408a01613ca1565b60028111156127865761278661333a565b60ff908116825260208083018b90526040928301899052825160e087811b6001600160e01b03191682526001600160a01b03968716600483015285516001600160801b039081166024840152928601519092166044820152928401519094166064830152606083015164ffffffffff908116608484015260808401511660a483015260a08301511660c482015260c082015160e4820152910151610104820152610124016020604051808303815f875af1158015612846573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061286a9190613b9b565b9695505050505050565b611f225f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612021565b5f6001600160401b038211156128d357604080516306dfcc6560e41b8152600481019190915260248101839052604401610785565b5090565b5f5f516020613d105f395f51905f52816128f18585612d1b565b9050801561110b575f8581526020839052604090206129109085612d9d565b50949350505050565b5f5f5f6129268686612db1565b91509150815f0361294a5783818161294057612940613cba565b04925050506116cf565b818411612961576129616003851502601118612dcd565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6040516001600160a01b038381166024830152604482018390526114ad91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612dde565b80545f90600160481b90046001600160401b03161580612a61575060018201548254600160881b90046001600160401b03908116911614155b15612a6d57505f919050565b81546201518090612a8e90600160481b90046001600160401b031642613b19565b111592915050565b5f6116cf8383612e4a565b60605f6116cf83612e70565b6040516001600160a01b0384811660248301528381166044830152606482018390526111b19186918216906323b872dd906084016129f6565b5f828211612af4575f6116cf565b6116cf8383613b19565b5f610696825490565b5f6001600160e01b03198216637965db0b60e01b148061069657506301ffc9a760e01b6001600160e01b0319831614610696565b612b43612ec9565b611f2257604051631afcd79f60e31b815260040160405180910390fd5b5f5f516020613d105f395f51905f5281612b7a8585612ee2565b9050801561110b575f8581526020839052604090206129109085612f7a565b80825d5050565b612baa82826116fb565b612bd95760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610785565b5050565b5f612c0a612bea83612f8e565b8015612c0557505f8480612c0057612c00613cba565b868809115b151590565b612c15868686612919565b612c1f9190613a88565b95945050505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b179052612c798482612fba565b6111b1576040516001600160a01b0384811660248301525f6044830152612cad91869182169063095ea7b3906064016129f6565b6111b18482612dde565b5f6001600160801b038211156128d3576040516306dfcc6560e41b81526080600482015260248101839052604401610785565b5f64ffffffffff8211156128d3576040516306dfcc6560e41b81526028600482015260248101839052604401610785565b5f5f516020613d705f395f51905f52612d3484846116fb565b15612d94575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610696565b5f915050610696565b5f6116cf836001600160a01b038416612fff565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f5f60205f8451602086015f885af180612dfd576040513d5f823e3d81fd5b50505f513d91508115612e14578060011415612e21565b6001600160a01b0384163b155b156111b157604051635274afe760e01b81526001600160a01b0385166004820152602401610785565b5f825f018281548110612e5f57612e5f613b2c565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612ebd57602002820191905f5260205f20905b815481526020019060010190808311612ea9575b50505050509050919050565b5f612ed2611ef2565b54600160401b900460ff16919050565b5f5f516020613d705f395f51905f52612efb84846116fb565b612d94575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612f303390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610696565b5f6116cf836001600160a01b0384166130d9565b5f6002826003811115612fa357612fa361333a565b612fad9190613cce565b60ff166001149050919050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f51905082801561286a57508115612feb578060011461286a565b50505050506001600160a01b03163b151590565b5f8181526001830160205260408120548015612d94575f613021600183613b19565b85549091505f9061303490600190613b19565b9050808214613093575f865f01828154811061305257613052613b2c565b905f5260205f200154905080875f01848154811061307257613072613b2c565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806130a4576130a4613cfb565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f905560019350505050610696565b5f81815260018301602052604081205461311e57508154600181810184555f848152602080822090930184905584548482528286019093526040902091909155610696565b505f610696565b5f60208284031215613135575f5ffd5b81356001600160e01b0319811681146116cf575f5ffd5b5f61026082840312801561315e575f5ffd5b509092915050565b6001600160a01b0381168114612031575f5ffd5b8035611db281613166565b5f60808284031215613195575f5ffd5b50919050565b5f5f5f5f60e085870312156131ae575f5ffd5b84356131b981613166565b935060208501359250604085013591506131d68660608701613185565b905092959194509250565b5f602082840312156131f1575f5ffd5b81356116cf81613166565b5f6020828403121561320c575f5ffd5b5035919050565b5f5f60408385031215613224575f5ffd5b82359150602083013561323681613166565b809150509250929050565b5f5f60408385031215613252575f5ffd5b50508035926020909101359150565b81516001600160401b031681526101408101602083015161328d60208401826001600160401b03169052565b5060408301516132a860408401826001600160801b03169052565b5060608301516132c360608401826001600160801b03169052565b5060808301516132db608084018263ffffffff169052565b5060a08301516132f360a084018263ffffffff169052565b5060c083015161330760c084018215159052565b5060e083015161331b60e084018215159052565b5061010083015161010083015261012083015161012083015292915050565b634e487b7160e01b5f52602160045260245ffd5b6007811061335e5761335e61333a565b9052565b5f6101008201905061337582845161334e565b6001600160401b0360208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301516133c860808401826001600160401b03169052565b5060a08301516133e360a08401826001600160401b03169052565b5060c083015160c083015260e083015160e083015292915050565b602080825282518282018190525f918401906040840190835b8181101561343e5783516001600160a01b0316835260209384019390920191600101613417565b509095945050505050565b5f5f6040838503121561345a575f5ffd5b82359150602083013560078110613236575f5ffd5b8015158114612031575f5ffd5b8035611db28161346f565b5f5f5f60608486031215613499575f5ffd5b833592506020840135915060408401356134b28161346f565b809150509250925092565b5f608082840312156134cd575f5ffd5b6116cf8383613185565b6001600160401b0381168114612031575f5ffd5b8035611db2816134d7565b5f60208284031215613506575f5ffd5b81356116cf816134d7565b606081525f6135346060830160048152637465726d60e01b602082015260400190565b6001600160401b03948516602084015292909316604090910152919050565b6001600160801b0381168114612031575f5ffd5b8035611db281613553565b5f60208284031215613582575f5ffd5b81356116cf81613553565b606081525f6135b060608301600481526373697a6560e01b602082015260400190565b6001600160801b03948516602084015292909316604090910152919050565b63ffffffff81168114612031575f5ffd5b8035611db2816135cf565b5f602082840312156135fb575f5ffd5b81356116cf816135cf565b606081525f61362860608301600381526261707960e81b602082015260400190565b63ffffffff948516602084015292909316604090910152919050565b5f8135610696816134d7565b5f813561069681613553565b5f8135610696816135cf565b5f81356106968161346f565b813561367f816134d7565b6001600160401b0381166001600160401b0319835416178255506136da6136a860208401613644565b82546fffffffffffffffff0000000000000000191660409190911b6fffffffffffffffff000000000000000016178255565b6137096136e960408401613650565b82546001600160801b031660809190911b6001600160801b031916178255565b6001810161373961371c60608501613650565b82546001600160801b0319166001600160801b0391909116178255565b61376c6137486080850161365c565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b61379f61377b60a0850161365c565b82805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b6137cc6137ae60c08501613668565b82805460ff60c01b191691151560c01b60ff60c01b16919091179055565b6137f96137db60e08501613668565b82805460ff60c81b191691151560c81b60ff60c81b16919091179055565b50610100820135600282015561012090910135600390910155565b61382e82613821836134eb565b6001600160401b03169052565b61383a602082016134eb565b6001600160401b0316602083015261385460408201613567565b6001600160801b0316604083015261386e60608201613567565b6001600160801b03166060830152613888608082016135e0565b63ffffffff16608083015261389f60a082016135e0565b63ffffffff1660a08301526138b660c0820161347c565b151560c08301526138c960e0820161347c565b151560e0830152610100818101359083015261012090810135910152565b6102608101613906826138f98561317a565b6001600160a01b03169052565b6139126020840161317a565b6001600160a01b0316602083015261392c6040840161317a565b6001600160a01b031660408301526139466060840161317a565b6001600160a01b031660608301526139606080840161317a565b6001600160a01b0316608083015261397a60a0840161317a565b6001600160a01b031660a083015261399460c0840161317a565b6001600160a01b031660c08301526139ae60e0840161317a565b6001600160a01b031660e08301526139c9610100840161317a565b6001600160a01b0316610100830152610696610120808401908501613814565b828152604081016116cf602083018461334e565b803560038110611db2575f5ffd5b8035613a16816134d7565b6001600160401b031682526020810135613a2f816135cf565b63ffffffff166020830152613a46604082016139fd565b60038110613a5657613a5661333a565b6040830152606090810135910152565b608081016106968284613a0b565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561069657610696613a74565b5f6001600160401b0382166001600160401b038103613abc57613abc613a74565b60010192915050565b848152602081018490526040810183905260e08101612c1f6060830184613a0b565b60608101613af5828661334e565b613b02602083018561334e565b6001600160401b0383166040830152949350505050565b8181038181111561069657610696613a74565b634e487b7160e01b5f52603260045260245ffd5b60ff818116838216019081111561069657610696613a74565b83815260608101613b6d602083018561334e565b61110b604083018461334e565b5f6001600160401b03821680613b9257613b92613a74565b5f190192915050565b5f60208284031215613bab575f5ffd5b5051919050565b608081525f613bd560808301600481526373697a6560e01b602082015260400190565b6020830195909552506001600160801b039283166040820152911660609091015290565b608081525f613c1c6080830160048152637465726d60e01b602082015260400190565b6020830195909552506001600160401b039283166040820152911660609091015290565b608081525f613c6260808301600381526261707960e81b602082015260400190565b63ffffffff9586166020840152938516604083015250921660609092019190915290565b5f60208284031215613c96575f5ffd5b81516116cf81613166565b5f60208284031215613cb1575f5ffd5b6116cf826139fd565b634e487b7160e01b5f52601260045260245ffd5b5f60ff831680613cec57634e487b7160e01b5f52601260045260245ffd5b8060ff84160691505092915050565b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e82371705932000523a704056dcd17bcf83bed8b68c59416dac1119be77755efe3bde0a64e46e0c1b1a13932f336503f5290912e5d8769a41eb7297ccc14e30ffc724b51b3224b502dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800afef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb";
