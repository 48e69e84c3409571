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
export const nfatFacilityBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b613761806100d65f395ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c80639931e9c011610135578063c1ace76f116100b4578063ccc41f2411610079578063ccc41f2414610612578063d547741f14610624578063ee9d476514610637578063f5eb42dc1461064a578063f77c479114610672575f5ffd5b8063c1ace76f14610591578063c5fc956d146105b8578063c70920bc146105cb578063ca15c873146105d4578063ca8e1b07146105e7575f5ffd5b8063b2498245116100fa578063b249824514610546578063b6b55f2514610559578063b905ad781461056c578063b9f7bb8d14610574578063be040fb01461057e575f5ffd5b80639931e9c0146104e55780639a3c37fa146104f8578063a217fddf1461050c578063a3246ad314610513578063b08e969214610533575f5ffd5b80633ccfd60b116101c157806370a082311161018657806370a08231146104855780637e6fe0ae146104985780639010d07c146104ab57806391d14854146104be578063983d2737146104d1575f5ffd5b80633ccfd60b1461031c578063474b2886146103245780634da03c8e146103375780635280c3ee1461043a57806367cdfcaa14610465575f5ffd5b80632f2ff15d116102075780632f2ff15d146102c757806331b24d4b146102da5780633375d5f5146102ed57806336568abe146103005780633a98ef3914610313575f5ffd5b806301ffc9a71461024357806302f4ba7b1461026b578063190adb1b14610280578063230b7272146102a1578063248a9ca3146102b4575b5f5ffd5b610256610251366004612d18565b610685565b60405190151581526020015b60405180910390f35b61027e610279366004612d3f565b6106af565b005b61029361028e366004612d85565b610d76565b604051908152602001610262565b61027e6102af366004612dc9565b611096565b6102936102c2366004612de2565b6110f8565b61027e6102d5366004612df9565b611118565b61027e6102e8366004612e23565b61113a565b61027e6102fb366004612de2565b6112a6565b61027e61030e366004612df9565b6113fa565b61029360095481565b610293611432565b610256610332366004612de2565b611514565b61042d60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525060408051610140810182526005546001600160401b038082168352600160401b82041660208301526001600160801b03600160801b91829004811693830193909352600654928316606083015263ffffffff90830481166080830152600160a01b83041660a082015260ff600160c01b83048116151560c0830152600160c81b909204909116151560e082015260075461010082015260085461012082015290565b6040516102629190612e43565b60025461044d906001600160a01b031681565b6040516001600160a01b039091168152602001610262565b610478610473366004612de2565b61152a565b6040516102629190612f44565b610293610493366004612dc9565b611617565b60045461044d906001600160a01b031681565b61044d6104b9366004612e23565b611656565b6102566104cc366004612df9565b61167b565b6102935f5160206137015f395f51905f5281565b6102936104f3366004612de2565b6116b1565b6102935f5160206137415f395f51905f5281565b6102935f81565b610526610521366004612de2565b6116d5565b6040516102629190612fe0565b61027e61054136600461302b565b6116fe565b61027e610554366004613069565b611919565b610293610567366004612de2565b611abd565b600e54610293565b6102936201518081565b60035461044d906001600160a01b031681565b6102937f1b1a13932f336503f5290912e5d8769a41eb7297ccc14e30ffc724b51b3224b581565b61027e6105c6366004612dc9565b611c18565b610293600a5481565b6102936105e2366004612de2565b611cc0565b6102566105f5366004612dc9565b6001600160a01b03165f908152600c602052604090205460ff1690565b5f5461044d906001600160a01b031681565b61027e610632366004612df9565b611ce4565b61029361064536600461309f565b611d00565b610293610658366004612dc9565b6001600160a01b03165f908152600b602052604090205490565b60015461044d906001600160a01b031681565b5f6001600160e01b03198216635ad0a22160e11b14806106a957506106a982611d2f565b92915050565b5f6106b8611d53565b805490915060ff600160401b82041615906001600160401b03165f811580156106de5750825b90505f826001600160401b031660011480156106f95750303b155b905081158015610707575080155b156107255760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561074f57845460ff60401b1916600160401b1785555b5f61075d6020880188612dc9565b6001600160a01b0316036107a157604051637ade6d7f60e11b815260206004820152600560248201526430b236b4b760d91b60448201526064015b60405180910390fd5b5f6107b26060880160408901612dc9565b6001600160a01b0316036107f657604051637ade6d7f60e11b815260206004820152600a602482015269373330ba2132b0b1b7b760b11b6044820152606401610798565b5f6108076080880160608901612dc9565b6001600160a01b03160361084d57604051637ade6d7f60e11b815260206004820152600c60248201526b30ba3a32b9ba2132b0b1b7b760a11b6044820152606401610798565b5f61085e60a0880160808901612dc9565b6001600160a01b0316036108a457604051637ade6d7f60e11b815260206004820152600c60248201526b19195c1bdcda5d105cdcd95d60a21b6044820152606401610798565b5f6108b560c0880160a08901612dc9565b6001600160a01b0316036108f957604051637ade6d7f60e11b815260206004820152600a60248201526931b7b73a3937b63632b960b11b6044820152606401610798565b5f61090a60e0880160c08901612dc9565b6001600160a01b03160361094d57604051637ade6d7f60e11b81526020600482015260096024820152683232b0b62a37b5b2b760b91b6044820152606401610798565b5f61095f610100880160e08901612dc9565b6001600160a01b03160361099f57604051637ade6d7f60e11b815260206004820152600660248201526572656465656d60d01b6044820152606401610798565b5f6109b261012088016101008901612dc9565b6001600160a01b0316036109f857604051637ade6d7f60e11b815260206004820152600c60248201526b3ab734ba2932b1b7b93232b960a11b6044820152606401610798565b6101208601610a0f610160880161014089016130cd565b6001600160401b0316610a2560208301836130cd565b6001600160401b03161115610a6c57610a4160208201826130cd565b610a5160408301602084016130cd565b604051634848989360e11b81526004016107989291906130e8565b610a7c608082016060830161313e565b6001600160801b0316610a95606083016040840161313e565b6001600160801b03161180610ac05750610ab5608082016060830161313e565b6001600160801b0316155b15610b0057610ad5606082016040830161313e565b610ae5608083016060840161313e565b604051634848989360e11b8152600401610798929190613159565b610b1060c0820160a083016131ac565b63ffffffff16610b2660a08301608084016131ac565b63ffffffff161115610b6d57610b4260a08201608083016131ac565b610b5260c0830160a084016131ac565b604051634848989360e11b81526004016107989291906131c7565b610b75611d7b565b610b8b5f610b8660208a018a612dc9565b611d85565b505f610b9d6040890160208a01612dc9565b6001600160a01b031614610bce57610bcc5f5160206137015f395f51905f52610b8660408a0160208b01612dc9565b505b610bef5f5160206137415f395f51905f52610b8660608a0160408b01612dc9565b50610c247f1b1a13932f336503f5290912e5d8769a41eb7297ccc14e30ffc724b51b3224b5610b8660808a0160608b01612dc9565b50610c3560a0880160808901612dc9565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610c6460c0880160a08901612dc9565b600180546001600160a01b0319166001600160a01b0392909216919091179055610c9460e0880160c08901612dc9565b600280546001600160a01b0319166001600160a01b0392909216919091179055610cc5610100880160e08901612dc9565b600380546001600160a01b0319166001600160a01b0392909216919091179055610cf761012088016101008901612dc9565b600480546001600160a01b0319166001600160a01b0392909216919091179055806005610d248282613235565b905050508315610d6e57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f610d7f611dc7565b5f5160206137415f395f51905f52610d9681611e34565b5f848152600d6020526040812090815460ff166006811115610dba57610dba612f1c565b03610ddb5760405163301fead160e21b815260048101869052602401610798565b6001815460ff166006811115610df357610df3612f1c565b14158015610e1757506002815460ff166006811115610e1457610e14612f1c565b14155b15610e3f5780546040516342178f6760e01b815261079891879160ff909116906004016133d5565b610e498685611e41565b600654600160c01b900460ff168015610e7a57506001600160a01b0387165f908152600c602052604090205460ff16155b15610ea3576040516318e6513560e21b81526001600160a01b0388166004820152602401610798565b5f610eae8888612071565b90505f85604051602001610ec29190613452565b60408051601f19818403018152919052805160209091012090506001835460ff166006811115610ef457610ef4612f1c565b03610f0557610f0587846002612137565b87836002015f828254610f189190613474565b9091555050600183018054600890610f3f90600160401b90046001600160401b0316613487565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550826001015f81819054906101000a90046001600160401b0316610f8590613487565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550610fb2886121f1565b610fbf898989898561237a565b60048054604051631a5dd34360e21b81529182018390526001600160a01b038c81166024840152604483018c9052606483018b90526084830185905292975091909116906369774d0c9060a4015f604051808303815f87803b158015611023575f5ffd5b505af1158015611035573d5f5f3e3d5ffd5b5050505086896001600160a01b0316867f1bfc4bfd998e5531a1f647014cc4a5663eaec73bc617ffd1c0039ad4027e54a38b86868c60405161107a94939291906134b1565b60405180910390a45050505061108e612529565b949350505050565b5f5160206137015f395f51905f526110ad81611e34565b6001600160a01b0382165f818152600c6020526040808220805460ff19169055513392917f3b9b0d88c4f5a7fd1b6152b972832787075c375c8522464b26cd44d72f348c5991a35050565b5f9081525f5160206137215f395f51905f52602052604090206001015490565b611121826110f8565b61112a81611e34565b6111348383611d85565b50505050565b7f1b1a13932f336503f5290912e5d8769a41eb7297ccc14e30ffc724b51b3224b561116481611e34565b81611182576040516338efc31f60e21b815260040160405180910390fd5b5f838152600d6020526040812090815460ff1660068111156111a6576111a6612f1c565b036111c75760405163301fead160e21b815260048101859052602401610798565b6006815460ff1660068111156111df576111df612f1c565b03611200576040516379fefc4360e11b815260048101859052602401610798565b600381018390558054600182015478ffffffffffffffffffffffffffffffff00000000000000000019909116600160481b426001600160401b039081169190910267ffffffffffffffff60881b1916919091179116600160881b8102919091178255604080518581526020810192909252339186917f187d77d907dcc16799ffb64e4902597d9f15a8706b3ab2e3700de8925a143a38910160405180910390a350505050565b5f5160206137415f395f51905f526112bd81611e34565b816112db5760405163cfda1d8360e01b815260040160405180910390fd5b5f828152600d6020526040812090815460ff1660068111156112ff576112ff612f1c565b146113205760405163023b373760e31b815260048101849052602401610798565b8054600168ffffffffffffffffff19909116610100426001600160401b0316021781178255808201805467ffffffffffffffff191682179055600e805491820181555f9081527fbb7b4a454dc3493923482f07822329ed19e8244eff582cc204f8554c3620c3fd909101849055604051339185917f548c0c3d91901eb53a1559bc917d87cb516c2a76a44cc8b8ab15752f2adf259b9190a3827f8bc648e97005e9e5e64338531722101491fc9cb0068367bb93b7542701d37d495f6001806040516113ed939291906134d3565b60405180910390a2505050565b6001600160a01b03811633146114235760405163334bd91960e11b815260040160405180910390fd5b61142d8282612553565b505050565b5f61143b611dc7565b335f908152600b60205260408120549081900361146d57604051631176664960e21b8152336004820152602401610798565b600954600a5461147f9083908361258c565b335f908152600b6020526040812055925061149a8282613505565b60098190555082600a5f8282546114b19190613505565b90915550505f546114cc906001600160a01b0316338561263c565b604080518481526020810184905233917f92ccf450a286a957af52509bc1c9939d1a6a481783e142e41e2499f0bb66ebc6910160405180910390a25050611511612529565b90565b5f818152600d602052604081206106a99061269b565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091525f828152600d602052604090819020815161010081019092528054829060ff16600681111561159b5761159b612f1c565b60068111156115ac576115ac612f1c565b815281546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091048116606083015260018301548082166080840152600160401b90041660a0820152600282015460c082015260039091015460e09091015292915050565b6009545f90801561164d576001600160a01b0383165f908152600b6020526040902054600a5461164891908361258c565b61164f565b5f5b9392505050565b5f8281525f5160206136e15f395f51905f5260208190526040822061108e9084612709565b5f9182525f5160206137215f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f600e82815481106116c5576116c5613518565b905f5260205f2001549050919050565b5f8181525f5160206136e15f395f51905f52602081905260409091206060919061164f90612714565b5f5160206137415f395f51905f5261171581611e34565b5f838152600d602052604081208054909160ff9091169081600681111561173e5761173e612f1c565b0361175f5760405163301fead160e21b815260048101869052602401610798565b600681600681111561177357611773612f1c565b03611794576040516379fefc4360e11b815260048101869052602401610798565b60068460068111156117a8576117a8612f1c565b0361181c576001820154600160401b90046001600160401b03161515806117d25750600282015415155b1561181757600182015460028301546040516270f85f60e61b815260048101889052600160401b9092046001600160401b031660248301526044820152606401610798565b611907565b80600681111561182e5761182e612f1c565b61183990600161352c565b60ff1684600681111561184e5761184e612f1c565b60ff16146118755784818560405163d376bf1d60e01b815260040161079893929190613545565b600384600681111561188957611889612f1c565b14806118a6575060048460068111156118a4576118a4612f1c565b145b15611907576118b48261269b565b61190757815460018301546040516321c967c960e01b8152600481018890526001600160401b03600160881b8404811660248301529182166044820152600160481b909204166064820152608401610798565b611912858386612137565b5050505050565b6003546001600160a01b0316331461194657604051638f04c17d60e01b8152336004820152602401610798565b5f838152600d6020526040812090815460ff16600681111561196a5761196a612f1c565b0361198b5760405163301fead160e21b815260048101859052602401610798565b6002810154808411156119c257604051631c5b606160e21b8152600481018690526024810185905260448101829052606401610798565b6119cc8482613505565b6002830181905590508215611a22576001820180546008906119fd90600160401b90046001600160401b0316613566565b91906101000a8154816001600160401b0302191690836001600160401b031602179055505b6001820180545f90611a3c906001600160401b0316613487565b82546101009290920a6001600160401b038181021990931691831602179091556001830154604080518781528615156020820152908101849052600160401b909104909116606082015285907ffd03bc6ce565c6a72338e0c5e96c4510602ef13585f89215fb7ab8ee37bcd113906080015b60405180910390a25050505050565b5f611ac6611dc7565b815f03611ae65760405163072f922960e51b815260040160405180910390fd5b600654600160c01b900460ff168015611b0e5750335f908152600c602052604090205460ff16155b15611b2e576040516318e6513560e21b8152336004820152602401610798565b6009548015611b4957611b448382600a5461258c565b611b4b565b825b9150815f03611b6f57604051623faebb60e31b815260048101849052602401610798565b611b798282613474565b60098190555082600a5f828254611b909190613474565b9091555050335f908152600b602052604081208054849290611bb3908490613474565b90915550505f54611bcf906001600160a01b0316333086612720565b604080518481526020810184905233917f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca910160405180910390a250611c13612529565b919050565b5f5160206137015f395f51905f52611c2f81611e34565b6001600160a01b038216611c7257604051637ade6d7f60e11b81526020600482015260096024820152683232b837b9b4ba37b960b91b6044820152606401610798565b6001600160a01b0382165f818152600c6020526040808220805460ff19166001179055513392917f3b37e1824559bbf2827b15d4851a24609791e59303bd8828583ac46ecd03e39a91a35050565b5f8181525f5160206136e15f395f51905f5260208190526040822061164f90612759565b611ced826110f8565b611cf681611e34565b6111348383612553565b5f81604051602001611d129190613452565b604051602081830303815290604052805190602001209050919050565b5f6001600160e01b03198216635a05180f60e01b14806106a957506106a982612762565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006106a9565b611d83612796565b565b5f5f5160206136e15f395f51905f5281611d9f85856127bb565b9050801561108e575f858152602083905260409020611dbe908561285c565b50949350505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611e0757604051633ee5aeb560e01b815260040160405180910390fd5b611d8360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612870565b611e3e8133612877565b50565b60408051610140810182526005546001600160401b038082168352600160401b82041660208301526001600160801b03600160801b918290048116938301849052600654908116606084015263ffffffff91810482166080840152600160a01b810490911660a083015260ff600160c01b82048116151560c0840152600160c81b90910416151560e082015260075461010082015260085461012082015290831080611ef9575080606001516001600160801b031683115b15611f255782816040015182606001516040516354c5762b60e11b815260040161079893929190613587565b42611f3360208401846130cd565b6001600160401b031611611f7957611f4e60208301836130cd565b6040516327bb60b160e01b81526001600160401b039091166004820152426024820152604401610798565b5f42611f8860208501856130cd565b6001600160401b0316611f9b9190613505565b82519091506001600160401b0316811080611fc2575081602001516001600160401b031681115b15611feb57815160208301516040516354c5762b60e11b815261079892849290916004016135ce565b608082015163ffffffff1661200660408501602086016131ac565b63ffffffff161080612036575060a082015163ffffffff1661202e60408501602086016131ac565b63ffffffff16115b156111345761204b60408401602085016131ac565b82608001518360a001516040516354c5762b60e11b815260040161079893929190613615565b6001600160a01b0382165f908152600b6020526040812054600954600a5481156120a7576120a285838360016128b4565b6120aa565b5f195b9350828411156120f15785856120bf88611617565b6040516380f2894360e01b81526001600160a01b03909316600484015260248301919091526044820152606401610798565b6120fb8484613505565b6001600160a01b0387165f908152600b602052604090205561211d8483613505565b60095561212a8582613505565b600a555091949350505050565b815460ff8116908290849060ff1916600183600681111561215a5761215a612f1c565b021790555082546001600160401b034281166101000268ffffffffffffffff00199092169190911784556001840180545f9283916121989116613487565b91906101000a8154816001600160401b0302191690836001600160401b0316021790559050847f8bc648e97005e9e5e64338531722101491fc9cb0068367bb93b7542701d37d49838584604051611aae939291906134d3565b5f80546040516370a0823160e01b81523060048201526001600160a01b03909116919082906370a0823190602401602060405180830381865afa15801561223a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061225e919061365b565b60015490915061227b906001600160a01b038481169116856128ff565b60015460405163dfec1d9760e01b81526001600160a01b038481166004830152602482018690529091169063dfec1d97906044015f604051808303815f87803b1580156122c6575f5ffd5b505af11580156122d8573d5f5f3e3d5ffd5b50506040516370a0823160e01b81523060048201525f92506001600160a01b03851691506370a0823190602401602060405180830381865afa158015612320573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612344919061365b565b61234e9083613505565b905083811461113457604051631992b1a360e21b81526004810185905260248101829052604401610798565b5f60025f9054906101000a90046001600160a01b03166001600160a01b031663e805693d87604051806101000160405280896001600160801b03168152602001896001600160801b031681526020018a6001600160a01b031681526020016123e14261298e565b64ffffffffff16815260209081019061240e90612400908a018a6130cd565b6001600160401b031661298e565b64ffffffffff16815260200161242a6060890160408a01613672565b600281111561243b5761243b612f1c565b60ff908116825260208083018b90526040928301899052825160e087811b6001600160e01b03191682526001600160a01b03968716600483015285516001600160801b039081166024840152928601519092166044820152928401519094166064830152606083015164ffffffffff908116608484015260808401511660a483015260a08301511660c482015260c082015160e4820152910151610104820152610124016020604051808303815f875af11580156124fb573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061251f919061365b565b9695505050505050565b611d835f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611e2e565b5f5f5160206136e15f395f51905f528161256d85856129c3565b9050801561108e575f858152602083905260409020611dbe9085612a3c565b5f5f5f6125998686612a50565b91509150815f036125bd578381816125b3576125b361368b565b049250505061164f565b8184116125d4576125d46003851502601118612a6c565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6040516001600160a01b0383811660248301526044820183905261142d91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612a7d565b80545f90600160481b90046001600160401b031615806126d4575060018201548254600160881b90046001600160401b03908116911614155b156126e057505f919050565b8154620151809061270190600160481b90046001600160401b031642613505565b111592915050565b5f61164f8383612ae9565b60605f61164f83612b0f565b6040516001600160a01b0384811660248301528381166044830152606482018390526111349186918216906323b872dd90608401612669565b5f6106a9825490565b5f6001600160e01b03198216637965db0b60e01b14806106a957506301ffc9a760e01b6001600160e01b03198316146106a9565b61279e612b68565b611d8357604051631afcd79f60e31b815260040160405180910390fd5b5f5f5160206137215f395f51905f526127d4848461167b565b612853575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556128093390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506106a9565b5f9150506106a9565b5f61164f836001600160a01b038416612b81565b80825d5050565b612881828261167b565b6128b05760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610798565b5050565b5f6128e16128c183612bcd565b80156128dc57505f84806128d7576128d761368b565b868809115b151590565b6128ec86868661258c565b6128f69190613474565b95945050505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b1790526129508482612bf9565b611134576040516001600160a01b0384811660248301525f604483015261298491869182169063095ea7b390606401612669565b6111348482612a7d565b5f64ffffffffff8211156129bf576040516306dfcc6560e41b81526028600482015260248101839052604401610798565b5090565b5f5f5160206137215f395f51905f526129dc848461167b565b15612853575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506106a9565b5f61164f836001600160a01b038416612c3e565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f5f60205f8451602086015f885af180612a9c576040513d5f823e3d81fd5b50505f513d91508115612ab3578060011415612ac0565b6001600160a01b0384163b155b1561113457604051635274afe760e01b81526001600160a01b0385166004820152602401610798565b5f825f018281548110612afe57612afe613518565b905f5260205f200154905092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612b5c57602002820191905f5260205f20905b815481526020019060010190808311612b48575b50505050509050919050565b5f612b71611d53565b54600160401b900460ff16919050565b5f818152600183016020526040812054612bc657508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556106a9565b505f6106a9565b5f6002826003811115612be257612be2612f1c565b612bec919061369f565b60ff166001149050919050565b5f5f5f5f60205f8651602088015f8a5af192503d91505f51905082801561251f57508115612c2a578060011461251f565b50505050506001600160a01b03163b151590565b5f8181526001830160205260408120548015612853575f612c60600183613505565b85549091505f90612c7390600190613505565b9050808214612cd2575f865f018281548110612c9157612c91613518565b905f5260205f200154905080875f018481548110612cb157612cb1613518565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080612ce357612ce36136cc565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506106a9565b5f60208284031215612d28575f5ffd5b81356001600160e01b03198116811461164f575f5ffd5b5f610260828403128015612d51575f5ffd5b509092915050565b80356001600160a01b0381168114611c13575f5ffd5b5f60808284031215612d7f575f5ffd5b50919050565b5f5f5f5f60e08587031215612d98575f5ffd5b612da185612d59565b93506020850135925060408501359150612dbe8660608701612d6f565b905092959194509250565b5f60208284031215612dd9575f5ffd5b61164f82612d59565b5f60208284031215612df2575f5ffd5b5035919050565b5f5f60408385031215612e0a575f5ffd5b82359150612e1a60208401612d59565b90509250929050565b5f5f60408385031215612e34575f5ffd5b50508035926020909101359150565b81516001600160401b0316815261014081016020830151612e6f60208401826001600160401b03169052565b506040830151612e8a60408401826001600160801b03169052565b506060830151612ea560608401826001600160801b03169052565b506080830151612ebd608084018263ffffffff169052565b5060a0830151612ed560a084018263ffffffff169052565b5060c0830151612ee960c084018215159052565b5060e0830151612efd60e084018215159052565b5061010083015161010083015261012083015161012083015292915050565b634e487b7160e01b5f52602160045260245ffd5b60078110612f4057612f40612f1c565b9052565b5f61010082019050612f57828451612f30565b6001600160401b0360208401511660208301526001600160401b0360408401511660408301526001600160401b0360608401511660608301526080830151612faa60808401826001600160401b03169052565b5060a0830151612fc560a08401826001600160401b03169052565b5060c083015160c083015260e083015160e083015292915050565b602080825282518282018190525f918401906040840190835b818110156130205783516001600160a01b0316835260209384019390920191600101612ff9565b509095945050505050565b5f5f6040838503121561303c575f5ffd5b82359150602083013560078110613051575f5ffd5b809150509250929050565b8015158114611e3e575f5ffd5b5f5f5f6060848603121561307b575f5ffd5b833592506020840135915060408401356130948161305c565b809150509250925092565b5f608082840312156130af575f5ffd5b61164f8383612d6f565b6001600160401b0381168114611e3e575f5ffd5b5f602082840312156130dd575f5ffd5b813561164f816130b9565b606081525f61310b6060830160048152637465726d60e01b602082015260400190565b6001600160401b03948516602084015292909316604090910152919050565b6001600160801b0381168114611e3e575f5ffd5b5f6020828403121561314e575f5ffd5b813561164f8161312a565b606081525f61317c60608301600481526373697a6560e01b602082015260400190565b6001600160801b03948516602084015292909316604090910152919050565b63ffffffff81168114611e3e575f5ffd5b5f602082840312156131bc575f5ffd5b813561164f8161319b565b606081525f6131e960608301600381526261707960e81b602082015260400190565b63ffffffff948516602084015292909316604090910152919050565b5f81356106a9816130b9565b5f81356106a98161312a565b5f81356106a98161319b565b5f81356106a98161305c565b8135613240816130b9565b6001600160401b0381166001600160401b03198354161782555061329b61326960208401613205565b82546fffffffffffffffff0000000000000000191660409190911b6fffffffffffffffff000000000000000016178255565b6132ca6132aa60408401613211565b82546001600160801b031660809190911b6001600160801b031916178255565b600181016132fa6132dd60608501613211565b82546001600160801b0319166001600160801b0391909116178255565b61332d6133096080850161321d565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b61336061333c60a0850161321d565b82805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b61338d61336f60c08501613229565b82805460ff60c01b191691151560c01b60ff60c01b16919091179055565b6133ba61339c60e08501613229565b82805460ff60c81b191691151560c81b60ff60c81b16919091179055565b50610100820135600282015561012090910135600390910155565b8281526040810161164f6020830184612f30565b803560038110611c13575f5ffd5b8035613402816130b9565b6001600160401b03168252602081013561341b8161319b565b63ffffffff166020830152613432604082016133e9565b6003811061344257613442612f1c565b6040830152606090810135910152565b608081016106a982846133f7565b634e487b7160e01b5f52601160045260245ffd5b808201808211156106a9576106a9613460565b5f6001600160401b0382166001600160401b0381036134a8576134a8613460565b60010192915050565b848152602081018490526040810183905260e081016128f660608301846133f7565b606081016134e18286612f30565b6134ee6020830185612f30565b6001600160401b0383166040830152949350505050565b818103818111156106a9576106a9613460565b634e487b7160e01b5f52603260045260245ffd5b60ff81811683821601908111156106a9576106a9613460565b838152606081016135596020830185612f30565b61108e6040830184612f30565b5f6001600160401b0382168061357e5761357e613460565b5f190192915050565b608081525f6135aa60808301600481526373697a6560e01b602082015260400190565b6020830195909552506001600160801b039283166040820152911660609091015290565b608081525f6135f16080830160048152637465726d60e01b602082015260400190565b6020830195909552506001600160401b039283166040820152911660609091015290565b608081525f61363760808301600381526261707960e81b602082015260400190565b63ffffffff9586166020840152938516604083015250921660609092019190915290565b5f6020828403121561366b575f5ffd5b5051919050565b5f60208284031215613682575f5ffd5b61164f826133e9565b634e487b7160e01b5f52601260045260245ffd5b5f60ff8316806136bd57634e487b7160e01b5f52601260045260245ffd5b8060ff84160691505092915050565b634e487b7160e01b5f52603160045260245ffdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e82371705932000523a704056dcd17bcf83bed8b68c59416dac1119be77755efe3bde0a64e46e0c02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800afef8c6856a21712016cb505b683d83dc0456f1c3e9370d201bc887934f413eb";
